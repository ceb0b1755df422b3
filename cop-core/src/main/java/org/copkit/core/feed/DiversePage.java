package org.copkit.core.feed;

import java.util.ArrayList;
import java.util.List;
import org.copkit.api.feed.PersonalWeights;

/**
 * Picks a page greedily from a pool of candidates: each pick is the best candidate after a
 * discount for every item of its author, and of its community, already served or picked.
 *
 * <p>Lazy greedy: candidates sit in a max-heap under the discounted score they had when last
 * computed. Discounts only grow, so a stored score is an upper bound; the top is recomputed when
 * picks were made since, and is picked when its score is current. Each pick costs a few heap
 * operations instead of a pass over the pool.
 */
final class DiversePage {

  private static final ThreadLocal<int[]> AUTHOR_COUNTS = ThreadLocal.withInitial(() -> new int[0]);
  private static final ThreadLocal<int[]> COMMUNITY_COUNTS = ThreadLocal.withInitial(() -> new int[0]);

  private final FeedOrder order;
  private final PersonalWeights weights;
  private final double[] score;
  private final int[] time;
  private final long[] ref;
  private final Repeats authors;
  private final Repeats communities;
  /** The ordinals of the communities the candidates come from. */
  private final int[] visibleCommunities;
  private final double[] discounted;
  private final int[] computedAtPick;
  private final int[] heap;
  private int heapSize;

  private DiversePage(FeedOrder order, PersonalWeights weights, Candidates.Ranking pool, int[] authorOf, int[] communityOf,
      RankingRequest request) {
    this.order = order;
    this.weights = weights;
    this.score = pool.score();
    this.time = pool.time();
    this.ref = pool.ref();
    this.authors = new Repeats(authorOf, request.servedAuthors(), 0, AUTHOR_COUNTS);
    this.visibleCommunities = new int[request.segments().length];
    int communityCount = 0;
    for (int s = 0; s < visibleCommunities.length; s++) {
      visibleCommunities[s] = request.segments()[s].ordinal;
      communityCount = Math.max(communityCount, visibleCommunities[s] + 1);
    }
    this.communities = new Repeats(communityOf, request.servedCommunities(), communityCount, COMMUNITY_COUNTS);
    int n = pool.size();
    discounted = new double[n];
    computedAtPick = new int[n];
    heap = new int[n];
    for (int j = 0; j < n; j++) {
      discounted[j] = discountedScore(j);
      heap[j] = j;
    }
    heapSize = n;
    for (int i = n / 2 - 1; i >= 0; i--) {
      siftDown(i);
    }
  }

  /**
   * Picks a page from a pool.
   *
   * @param pool the candidates, in any order
   * @param authorOf each candidate's author ordinal
   * @param communityOf each candidate's community ordinal
   * @param size how many to pick
   * @param outside the best score of a candidate outside the pool, or negative infinity
   * @return the page, or null when a pick would not beat {@code outside}: a candidate outside the
   *     pool might have been picked instead
   */
  static List<FeedRanker.Ranked> pick(
      FeedOrder order,
      PersonalWeights weights,
      Candidates.Ranking pool,
      int[] authorOf,
      int[] communityOf,
      RankingRequest request,
      int size,
      double outside) {
    DiversePage page = new DiversePage(order, weights, pool, authorOf, communityOf, request);
    try {
      return page.pick(size, outside);
    } finally {
      page.authors.clear();
      page.communities.clear();
    }
  }

  private List<FeedRanker.Ranked> pick(int size, double outside) {
    List<FeedRanker.Ranked> page = new ArrayList<>(Math.min(size, heapSize));
    while (page.size() < size && heapSize > 0) {
      int top = heap[0];
      if (computedAtPick[top] != page.size()) {
        double current = discountedScore(top);
        computedAtPick[top] = page.size();
        if (current != discounted[top]) {
          discounted[top] = current;
          siftDown(0);
          continue;
        }
      }
      if (discounted[top] <= outsideBound(outside)) {
        return null;
      }
      heap[0] = heap[--heapSize];
      siftDown(0);
      page.add(new FeedRanker.Ranked(ref[top], score[top], score[top] - discounted[top]));
      authors.add(top);
      communities.add(top);
    }
    return page;
  }

  /**
   * The best discounted score a candidate outside the pool could have now: at most {@code
   * outside}, less the community discount of the least repeated visible community.
   */
  private double outsideBound(double outside) {
    if (outside == Double.NEGATIVE_INFINITY) {
      return outside;
    }
    int least = Integer.MAX_VALUE;
    for (int community : visibleCommunities) {
      least = Math.min(least, communities.countOf(community));
    }
    return outside - weights.communityRepeat() * least;
  }

  private double discountedScore(int candidate) {
    return score[candidate]
        - weights.authorRepeat() * authors.count(candidate)
        - weights.communityRepeat() * communities.count(candidate);
  }

  private void siftDown(int i) {
    int moving = heap[i];
    int half = heapSize >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      if (child + 1 < heapSize && precedes(heap[child + 1], heap[child])) {
        child++;
      }
      if (!precedes(heap[child], moving)) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = moving;
  }

  private boolean precedes(int a, int b) {
    return order.precedes(discounted[a], time[a], ref[a], discounted[b], time[b], ref[b]);
  }

  /**
   * How often each candidate's author (or community) is already served or picked: counts in a
   * per-thread array indexed by the ordinal, so that nothing is sorted or searched; {@link
   * #clear()} zeroes the entries it used.
   */
  private static final class Repeats {
    private final int[] keyOf;
    private final int[] served;
    private final int[] counts;

    /** @param keyCount at least how many keys to count, from 0 */
    Repeats(int[] keys, int[] served, int keyCount, ThreadLocal<int[]> scratch) {
      this.keyOf = keys;
      this.served = served;
      int size = keyCount;
      for (int key : keys) {
        size = Math.max(size, key + 1);
      }
      for (int key : served) {
        size = Math.max(size, key + 1);
      }
      int[] counts = scratch.get();
      if (counts.length < size) {
        counts = new int[Math.max(size, counts.length * 2)];
        scratch.set(counts);
      }
      this.counts = counts;
      for (int key : served) {
        counts[key]++;
      }
    }

    int count(int candidate) {
      return counts[keyOf[candidate]];
    }

    int countOf(int key) {
      return counts[key];
    }

    void add(int candidate) {
      counts[keyOf[candidate]]++;
    }

    void clear() {
      for (int key : keyOf) {
        counts[key] = 0;
      }
      for (int key : served) {
        counts[key] = 0;
      }
    }
  }
}
