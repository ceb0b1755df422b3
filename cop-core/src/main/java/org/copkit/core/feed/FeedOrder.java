package org.copkit.core.feed;

/**
 * The feed's total order on candidates: higher score first, then the newer activity, then the
 * smaller {@link org.copkit.api.feed.ActivityId} (read from the records only on a full tie).
 */
final class FeedOrder {

  private final ActivityIndex index;

  FeedOrder(ActivityIndex index) {
    this.index = index;
  }

  /** Whether candidate a goes before candidate b. */
  boolean precedes(double scoreA, int timeA, long refA, double scoreB, int timeB, long refB) {
    if (scoreA != scoreB) {
      return scoreA > scoreB;
    }
    if (timeA != timeB) {
      return timeA > timeB;
    }
    return refA != refB && index.compareIds(refA, refB) < 0;
  }
}
