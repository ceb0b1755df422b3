package org.copkit.api.notification;

/**
 * What a digest gathers; a member may unsubscribe from each. What quiet hours or the daily budget
 * held back on the channels that hear of everything at once ({@link Frequency#IMMEDIATE}) comes with
 * routed questions and notices only; the other sections are those of daily and weekly digests.
 */
public enum DigestSection {
  /** Questions routed to the member for an answer. */
  ROUTED_QUESTIONS,
  /** The top of the member's feed: what happened in their communities. */
  FEED,
  /** Items waiting in the review queues of the communities the member moderates. */
  PENDING_REVIEWS,
  /**
   * Learning events the member holds a seat at (a confirmed registration, neither waiting nor
   * cancelled) that start after the digest's window and before their next digest is due.
   */
  EVENTS,
  /** Knowledge items the member keeps fresh whose review-by day came in the digest's window. */
  REVIEW_DUE,
  /**
   * The notifications that were held back from the digest's channels (mentions, moderation
   * decisions, sanctions, learning events, knowledge reviews), each once, and only those whose link
   * the member may still read when the digest is built.
   */
  NOTICES
}
