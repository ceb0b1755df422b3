package org.copkit.api.notification;

/** What a digest gathers; a member may unsubscribe from each. */
public enum DigestSection {
  /** Questions routed to the member for an answer. */
  ROUTED_QUESTIONS,
  /** The top of the member's feed: what happened in their communities. */
  FEED,
  /** Items waiting in the review queues of the communities the member moderates. */
  PENDING_REVIEWS
}
