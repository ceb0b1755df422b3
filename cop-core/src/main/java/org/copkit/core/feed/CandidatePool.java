package org.copkit.core.feed;

import java.util.Arrays;

/**
 * A diversified page's pool: the best candidates seen so far, at most {@code capacity} (hundreds
 * to thousands), in the {@link FeedOrder feed's} order, on primitive arrays, drained in no
 * particular order.
 *
 * <p>Candidates are appended to a buffer of twice the capacity; when it is full, a selection (a
 * quickselect, linear on average) keeps the best {@code capacity} and the worst of those becomes
 * the admission threshold: whoever does not go before it is dropped at once. An admission costs a
 * comparison and a store, and each selection is paid for by the {@code capacity} admissions
 * that filled the buffer's spare half, where a heap would pay a logarithmic sift, with its
 * unpredictable branches, for each. The threshold is first set as soon as {@code capacity}
 * candidates are held. The price is a threshold that lags behind the best {@code capacity} seen
 * so far: for a page of a few dozen, where the threshold also steers the scan's filter, {@link
 * Candidates}' heap is faster.
 */
final class CandidatePool implements Admission {

  private final FeedOrder order;
  private final int capacity;
  private final double[] score;
  private final int[] time;
  private final long[] ref;
  private int size;
  /** Whether {@link #floorScore}, {@link #floorTime} and {@link #floorRef} hold a threshold. */
  private boolean bounded;
  private double floorScore = Double.NEGATIVE_INFINITY;
  private int floorTime;
  private long floorRef;

  CandidatePool(int capacity, FeedOrder order) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.order = order;
    this.capacity = capacity;
    int buffer = (int) Math.min(Integer.MAX_VALUE - 8, 2L * capacity);
    this.score = new double[buffer];
    this.time = new int[buffer];
    this.ref = new long[buffer];
  }

  /**
   * @return the score a candidate must reach to be admitted (ties are settled by {@link #offer});
   *     it only rises, and may lag behind the best {@code capacity} seen so far
   */
  @Override
  public double floor() {
    return floorScore;
  }

  @Override
  public void offer(double candidateScore, int candidateTime, long candidateRef) {
    if (bounded && !order.precedes(candidateScore, candidateTime, candidateRef, floorScore, floorTime, floorRef)) {
      return;
    }
    if (size == score.length) {
      keepBest();
      if (!order.precedes(candidateScore, candidateTime, candidateRef, floorScore, floorTime, floorRef)) {
        return;
      }
    }
    set(size++, candidateScore, candidateTime, candidateRef);
    if (size == capacity && !bounded) {
      int worst = 0;
      for (int i = 1; i < size; i++) {
        if (precedes(worst, i)) {
          worst = i;
        }
      }
      bound(worst);
    }
  }

  /** Empties the pool into a {@link Candidates.Ranking}, in no particular order. */
  Candidates.Ranking drain() {
    if (size > capacity) {
      keepBest();
    }
    Candidates.Ranking ranking =
        new Candidates.Ranking(Arrays.copyOf(score, size), Arrays.copyOf(time, size), Arrays.copyOf(ref, size));
    size = 0;
    return ranking;
  }

  /** Keeps the best {@code capacity} candidates and makes the worst of them the threshold. */
  private void keepBest() {
    select(0, size - 1, capacity - 1);
    size = capacity;
    bound(capacity - 1);
  }

  private void bound(int i) {
    bounded = true;
    floorScore = score[i];
    floorTime = time[i];
    floorRef = ref[i];
  }

  /**
   * Rearranges {@code [lo, hi]} so that position {@code k} holds the candidate a best-first sort
   * would put there, with better ones before it and worse ones after.
   */
  private void select(int lo, int hi, int k) {
    while (hi > lo) {
      int pivot = partition(lo, hi);
      if (pivot == k) {
        return;
      }
      if (k < pivot) {
        hi = pivot - 1;
      } else {
        lo = pivot + 1;
      }
    }
  }

  /**
   * Partitions {@code [lo, hi]} around the median of its first, middle and last candidates (no two
   * candidates are equal in the feed's order).
   *
   * @return the pivot's final position: better candidates before it, worse after
   */
  private int partition(int lo, int hi) {
    int mid = (lo + hi) >>> 1;
    if (precedes(mid, lo)) {
      swap(mid, lo);
    }
    if (precedes(hi, lo)) {
      swap(hi, lo);
    }
    if (precedes(mid, hi)) {
      swap(mid, hi);
    }
    double pivotScore = score[hi];
    int pivotTime = time[hi];
    long pivotRef = ref[hi];
    int store = lo;
    for (int i = lo; i < hi; i++) {
      if (order.precedes(score[i], time[i], ref[i], pivotScore, pivotTime, pivotRef)) {
        swap(i, store++);
      }
    }
    swap(store, hi);
    return store;
  }

  private boolean precedes(int a, int b) {
    return order.precedes(score[a], time[a], ref[a], score[b], time[b], ref[b]);
  }

  private void swap(int a, int b) {
    double s = score[a];
    int t = time[a];
    long r = ref[a];
    set(a, score[b], time[b], ref[b]);
    set(b, s, t, r);
  }

  private void set(int i, double s, int t, long r) {
    score[i] = s;
    time[i] = t;
    ref[i] = r;
  }
}
