package org.copkit.api.discussion;

/** What a thread is for. */
public enum ThreadKind {
  /** A conversation. */
  DISCUSSION,
  /** A question that waits for an accepted answer. */
  QUESTION,
  /** News from the e-moderators; only they may start one. */
  ANNOUNCEMENT
}
