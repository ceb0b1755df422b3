package org.copkit.core.feed;

import java.util.ArrayList;
import java.util.Arrays;
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

  private final FeedOrder order;
  private final PersonalWeights weights;
  private final double[] score;
  private final int[] time;
  private final long[] ref;
  private final Repeats authors;
  private final Repeats communities;
  private final double[] discounted;
  private final int[] computedAtPick;
  private final int[] heap;
  private int heapSize;

  DiversePage(FeedOrder order, PersonalWeights weights, Candidates.Ranking pool, int[] authorOf, int[] communityOf,
      RankingRequest request) {
    this.order = order;
    this.weights = weights;
    this.score = pool.score();
    this.time = pool.time();
    this.ref = pool.ref();
    this.authors = new Repeats(authorOf, request.servedAuthors());
    this.communities = new Repeats(communityOf, request.servedCommunities());
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
   * @param size how many to pick
   * @param outside the best score of a candidate outside the pool, or negative infinity
   * @return the page, or null when a pick would not beat {@code outside}: a candidate outside the
   *     pool might have been picked instead
   */
  List<FeedRanker.Ranked> pick(int size, double outside) {
    List<FeedRanker.Ranked> page = new ArrayList<>(Math.min(size, heapSize));
    while (page.size() < size && heapSize > 0) {
      int top = heap[0];
      if (computedAtPick[top] != page.size()) {
        discounted[top] = discountedScore(top);
        computedAtPick[top] = page.size();
        siftDown(0);
        continue;
      }
      if (discounted[top] <= outside) {
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

  /** How often each candidate's author (or community) is already served or picked. */
  private static final class Repeats {
    private final int[] slotOf;
    private final int[] counts;

    Repeats(int[] keys, int[] servedSorted) {
      int[] distinct = distinctSorted(keys);
      slotOf = new int[keys.length];
      counts = new int[distinct.length];
      for (int j = 0; j < keys.length; j++) {
        slotOf[j] = Arrays.binarySearch(distinct, keys[j]);
      }
      for (int d = 0; d < distinct.length; d++) {
        counts[d] = RankingRequest.occurrences(servedSorted, distinct[d]);
      }
    }

    private static int[] distinctSorted(int[] keys) {
      int[] sorted = keys.clone();
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[distinct++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, distinct);
    }

    int count(int candidate) {
      return counts[slotOf[candidate]];
    }

    void add(int candidate) {
      counts[slotOf[candidate]]++;
    }
  }
}
