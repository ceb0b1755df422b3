package org.copkit.core.feed;

/** Where a scan offers the candidates that reach its floor: a page's {@link Candidates} or a {@link CandidatePool}. */
interface Admission {

  /**
   * @return the score a candidate must reach to be offered (ties are settled by {@link #offer});
   *     it only rises
   */
  double floor();

  /** Offers a candidate, which is kept when it goes before the worst candidate kept. */
  void offer(double score, int time, long ref);
}
