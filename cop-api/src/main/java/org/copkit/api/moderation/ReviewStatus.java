package org.copkit.api.moderation;

import java.time.Instant;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/** Where a review item stands. Sealed: pending, escalated or decided. */
public sealed interface ReviewStatus {

  /** @return whether a decision is still to be made */
  default boolean isOpen() {
    return !(this instanceof Decided);
  }

  /** Waits in the community's queue. */
  record Pending() implements ReviewStatus {}

  /**
   * Waits for the platform's administrators.
   *
   * @param by the e-moderator who escalated it
   * @param at when
   * @param note what they said
   */
  record Escalated(MemberId by, Instant at, String note) implements ReviewStatus {
    /** Validates the fields. */
    public Escalated {
      Validation.required("by", by);
      Validation.required("at", at);
      note = Validation.text("note", note, 2000);
    }
  }

  /**
   * Decided, once and for all.
   *
   * @param decision approve, reject or edit-and-approve
   * @param by who decided
   * @param at when
   */
  record Decided(Decision decision, MemberId by, Instant at) implements ReviewStatus {
    /** Validates the fields. */
    public Decided {
      Validation.required("decision", decision);
      if (decision instanceof Decision.Escalate) {
        throw new org.copkit.api.shared.InvalidInputException("decision", "must not be an escalation");
      }
      Validation.required("by", by);
      Validation.required("at", at);
    }
  }
}
