package org.copkit.api.discussion;

/** How a community's threads are listed; pinned threads always come first. */
public enum ThreadOrder {
  /** Newest first. */
  NEWEST,
  /** Most recently active first. */
  ACTIVE,
  /** Questions without an accepted answer, oldest first (the ones waiting longest). */
  UNANSWERED
}
