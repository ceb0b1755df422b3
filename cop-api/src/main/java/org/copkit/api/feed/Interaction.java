package org.copkit.api.feed;

import org.copkit.api.shared.Validation;

/**
 * Something a member did with an activity. It changes the activity's engagement and the member's
 * own ranking: their affinity to its author and community, what they have seen, and the topics
 * they have answered in (which makes them a tacit expert there).
 *
 * @param activity the activity
 * @param kind what the member did
 */
public record Interaction(ActivityId activity, Kind kind) {

  /** What a member did with an activity. */
  public enum Kind {
    /** They saw it: it sinks in their own feed. Any member who may see it may record this. */
    SEEN,
    /** They reacted: one more reaction, and more affinity to its author and community. */
    REACTED,
    /** They replied: one more reply, and more affinity to its author and community. */
    REPLIED,
    /**
     * They answered a {@link ActivityKind#QUESTION}: one more reply, more affinity, the question
     * is no longer open, and its tags count as topics the member answers in.
     */
    ANSWERED
  }

  /** Validates the fields. */
  public Interaction {
    Validation.required("activity", activity);
    Validation.required("kind", kind);
  }
}
