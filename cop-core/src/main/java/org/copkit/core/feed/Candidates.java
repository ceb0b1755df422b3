package org.copkit.core.feed;

/**
 * The best candidates seen so far, at most {@code capacity}, as a binary heap on primitive arrays
 * whose root is the worst one kept: admitting a candidate costs {@code O(log capacity)} and
 * nothing is boxed.
 *
 * <p>The order is the {@link FeedOrder feed's}.
 */
final class Candidates implements Admission {

  private final FeedOrder order;
  private final double[] score;
  private final int[] time;
  private final long[] ref;
  private int size;

  Candidates(int capacity, FeedOrder order) {
    this.order = order;
    this.score = new double[capacity];
    this.time = new int[capacity];
    this.ref = new long[capacity];
  }

  boolean isFull() {
    return size == score.length;
  }

  @Override
  public double floor() {
    return isFull() ? score[0] : Double.NEGATIVE_INFINITY;
  }

  @Override
  public void offer(double candidateScore, int candidateTime, long candidateRef) {
    if (!isFull()) {
      int i = size++;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!order.precedes(score[parent], time[parent], ref[parent], candidateScore, candidateTime, candidateRef)) {
          break;
        }
        move(parent, i);
        i = parent;
      }
      set(i, candidateScore, candidateTime, candidateRef);
    } else if (order.precedes(candidateScore, candidateTime, candidateRef, score[0], time[0], ref[0])) {
      siftDownFromRoot(candidateScore, candidateTime, candidateRef);
    }
  }

  /** Empties the heap into a {@link Ranking}, best first. */
  Ranking drainBestFirst() {
    int count = size;
    double[] bestScore = new double[count];
    int[] bestTime = new int[count];
    long[] bestRef = new long[count];
    while (size > 0) {
      int last = --size;
      bestScore[last] = score[0];
      bestTime[last] = time[0];
      bestRef[last] = ref[0];
      if (last > 0) {
        siftDownFromRoot(score[last], time[last], ref[last]);
      }
    }
    return new Ranking(bestScore, bestTime, bestRef);
  }

  private void siftDownFromRoot(double s, int t, long r) {
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && order.precedes(score[child], time[child], ref[child], score[right], time[right], ref[right])) {
        child = right;
      }
      if (!order.precedes(s, t, r, score[child], time[child], ref[child])) {
        break;
      }
      move(child, i);
      i = child;
    }
    set(i, s, t, r);
  }

  private void move(int from, int to) {
    set(to, score[from], time[from], ref[from]);
  }

  private void set(int i, double s, int t, long r) {
    score[i] = s;
    time[i] = t;
    ref[i] = r;
  }

  /** Candidates in the feed's order, best first, or in no order (see {@link CandidatePool#drain()}). */
  record Ranking(double[] score, int[] time, long[] ref) {
    int size() {
      return ref.length;
    }

    /** @return the lowest score held, or negative infinity when there is none */
    double worstScore() {
      double worst = Double.POSITIVE_INFINITY;
      for (double s : score) {
        worst = Math.min(worst, s);
      }
      return score.length == 0 ? Double.NEGATIVE_INFINITY : worst;
    }
  }
}
