package org.copkit.api.discussion;

import java.time.Instant;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/** Whether a thread takes replies. Sealed: open, locked or closed. */
public sealed interface ThreadStatus {

  /** @return whether members (other than its e-moderators) may reply */
  default boolean acceptsReplies() {
    return this instanceof Open;
  }

  /** Takes replies. */
  record Open() implements ThreadStatus {}

  /**
   * Locked for a while (a heated exchange, say): readable, no replies until unlocked.
   *
   * @param by who locked it
   * @param at when
   * @param reason why, shown to members
   */
  record Locked(MemberId by, Instant at, String reason) implements ThreadStatus {
    /** Validates the fields. */
    public Locked {
      Validation.required("by", by);
      Validation.required("at", at);
      reason = Validation.text("reason", reason, 1000);
    }
  }

  /**
   * Closed for good (answered, out of date, moved elsewhere): readable, no replies.
   *
   * @param by who closed it
   * @param at when
   * @param reason why, shown to members
   */
  record Closed(MemberId by, Instant at, String reason) implements ThreadStatus {
    /** Validates the fields. */
    public Closed {
      Validation.required("by", by);
      Validation.required("at", at);
      reason = Validation.text("reason", reason, 1000);
    }
  }
}
