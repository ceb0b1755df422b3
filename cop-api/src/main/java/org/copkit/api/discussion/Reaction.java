package org.copkit.api.discussion;

/** What a member may say about a post without writing; one of each per member per post. */
public enum Reaction {
  /** I like it. */
  LIKE,
  /** It helped me. */
  HELPFUL,
  /** Thank you. */
  THANKS
}
