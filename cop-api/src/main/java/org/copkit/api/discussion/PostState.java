package org.copkit.api.discussion;

/** Who sees a post. */
public enum PostState {
  /** Everyone who may read the thread. */
  PUBLISHED,
  /** Held for review (pre-moderation or a moderation rule): its author and the e-moderators. */
  HELD,
  /** Hidden by a moderator's decision or by flags past the threshold: its author and the e-moderators. */
  HIDDEN
}
