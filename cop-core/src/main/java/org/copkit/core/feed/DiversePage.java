package org.copkit.core.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.copkit.api.feed.PersonalWeights;

/**
 * Picks a page greedily from a pool of candidates: each pick is the best candidate after a
 * discount for every item of its author, and of its community, already served or picked.
 *
 * <p>The pool is split by community, each part a max-heap on the score less the author discount.
 * A community discount moves all of a community's candidates alike, so it never reorders a heap;
 * an author discount touches the few candidates of one author, whose stored value is then an upper
 * bound, refreshed lazily when it reaches the top. A pick compares the communities' tops, each
 * less its community's discount. When two candidates of one community could round to the same
 * discounted score (their values within rounding of each other), that community is searched in
 * full, so the picks are exactly those of the greedy selection in the feed's order.
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
  /** Per candidate: its score less its author's discount, when last computed. */
  private final double[] authorDiscounted;
  /** Per candidate: the count of its author's repeats {@link #authorDiscounted} was computed with. */
  private final int[] authorCountAt;
  /** The candidates, grouped by community; group {@code g} is a heap in {@code [start[g], start[g] + size[g])}. */
  private final int[] heap;
  private final int[] start;
  private final int[] size;
  /** The community ordinal of each group. */
  private final int[] groupCommunity;

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
    for (int community : communityOf) {
      communityCount = Math.max(communityCount, community + 1);
    }
    this.communities = new Repeats(communityOf, request.servedCommunities(), communityCount, COMMUNITY_COUNTS);
    int n = pool.size();
    authorDiscounted = new double[n];
    authorCountAt = new int[n];
    for (int j = 0; j < n; j++) {
      refreshAuthorDiscount(j);
    }
    int[] groupOf = new int[communityCount];
    Arrays.fill(groupOf, -1);
    int groups = 0;
    int[] members = new int[communityCount];
    for (int community : communityOf) {
      if (groupOf[community] < 0) {
        groupOf[community] = groups++;
      }
      members[groupOf[community]]++;
    }
    start = new int[groups];
    size = new int[groups];
    groupCommunity = new int[groups];
    for (int g = 1; g < groups; g++) {
      start[g] = start[g - 1] + members[g - 1];
    }
    heap = new int[n];
    for (int j = 0; j < n; j++) {
      int g = groupOf[communityOf[j]];
      groupCommunity[g] = communityOf[j];
      heap[start[g] + size[g]++] = j;
    }
    for (int g = 0; g < groups; g++) {
      for (int i = size[g] / 2 - 1; i >= 0; i--) {
        siftDown(g, i);
      }
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

  private List<FeedRanker.Ranked> pick(int pageSize, double outside) {
    List<FeedRanker.Ranked> page = new ArrayList<>(Math.min(pageSize, heap.length));
    while (page.size() < pageSize) {
      int bestGroup = -1;
      int bestAt = 0;
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int g = 0; g < size.length; g++) {
        if (size[g] == 0) {
          continue;
        }
        int at = 0;
        int top = freshTop(g);
        double discounted = discounted(top);
        if (mayTieWithinGroup(g, discounted)) {
          at = bestInFull(g);
          top = heap[start[g] + at];
          discounted = discounted(top);
        }
        if (best < 0 || order.precedes(discounted, time[top], ref[top], bestScore, time[best], ref[best])) {
          bestGroup = g;
          bestAt = at;
          best = top;
          bestScore = discounted;
        }
      }
      if (best < 0) {
        break;
      }
      if (bestScore <= outsideBound(outside)) {
        return null;
      }
      removeAt(bestGroup, bestAt);
      page.add(new FeedRanker.Ranked(ref[best], score[best], score[best] - bestScore));
      authors.add(best);
      communities.add(best);
    }
    return page;
  }

  /** The discounted score of a candidate whose author discount is current. */
  private double discounted(int candidate) {
    return authorDiscounted[candidate] - weights.communityRepeat() * communities.count(candidate);
  }

  private void refreshAuthorDiscount(int candidate) {
    authorCountAt[candidate] = authors.count(candidate);
    authorDiscounted[candidate] = score[candidate] - weights.authorRepeat() * authorCountAt[candidate];
  }

  /** Refreshes the top of a group until its author discount is current; returns it. */
  private int freshTop(int g) {
    while (true) {
      int top = heap[start[g]];
      if (authorCountAt[top] == authors.count(top)) {
        return top;
      }
      refreshAuthorDiscount(top);
      siftDown(g, 0);
    }
  }

  /**
   * Whether another candidate of the group could have the same discounted score as its top: only
   * when a child of the top (the next best, or an upper bound of it) rounds to the same value.
   */
  private boolean mayTieWithinGroup(int g, double topScore) {
    double discount = weights.communityRepeat() * communities.countOf(groupCommunity[g]);
    for (int child = 1; child <= 2 && child < size[g]; child++) {
      if (authorDiscounted[heap[start[g] + child]] - discount >= topScore) {
        return true;
      }
    }
    return false;
  }

  /** @return the heap position of the group's best candidate, every author discount refreshed */
  private int bestInFull(int g) {
    int at = 0;
    for (int i = 0; i < size[g]; i++) {
      refreshAuthorDiscount(heap[start[g] + i]);
    }
    for (int i = size[g] / 2 - 1; i >= 0; i--) {
      siftDown(g, i);
    }
    for (int i = 1; i < size[g]; i++) {
      int a = heap[start[g] + i];
      int b = heap[start[g] + at];
      if (order.precedes(discounted(a), time[a], ref[a], discounted(b), time[b], ref[b])) {
        at = i;
      }
    }
    return at;
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

  private void removeAt(int g, int i) {
    int last = --size[g];
    if (i == last) {
      return;
    }
    heap[start[g] + i] = heap[start[g] + last];
    siftUp(g, i);
    siftDown(g, i);
  }

  private void siftDown(int g, int i) {
    int base = start[g];
    int n = size[g];
    int moving = heap[base + i];
    int half = n >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      if (child + 1 < n && precedes(heap[base + child + 1], heap[base + child])) {
        child++;
      }
      if (!precedes(heap[base + child], moving)) {
        break;
      }
      heap[base + i] = heap[base + child];
      i = child;
    }
    heap[base + i] = moving;
  }

  private void siftUp(int g, int i) {
    int base = start[g];
    int moving = heap[base + i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!precedes(moving, heap[base + parent])) {
        break;
      }
      heap[base + i] = heap[base + parent];
      i = parent;
    }
    heap[base + i] = moving;
  }

  /** The order within a group: score less author discount, then the feed's ties. */
  private boolean precedes(int a, int b) {
    return order.precedes(authorDiscounted[a], time[a], ref[a], authorDiscounted[b], time[b], ref[b]);
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
