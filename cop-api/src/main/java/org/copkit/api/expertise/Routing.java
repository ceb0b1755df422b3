package org.copkit.api.expertise;

import java.util.List;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * What routing a question did.
 *
 * @param question the question
 * @param routedTo the members it was routed to now, best first
 * @param passedOver the better-ranked members it was not routed to, and why
 */
public record Routing(ThreadId question, List<MemberId> routedTo, List<PassedOver> passedOver) {

  /** Validates and copies the fields. */
  public Routing {
    Validation.required("question", question);
    routedTo = List.copyOf(Validation.noNulls("routedTo", routedTo));
    passedOver = List.copyOf(Validation.noNulls("passedOver", passedOver));
  }

  /**
   * A member the question was not routed to.
   *
   * @param member who
   * @param reason why
   */
  public record PassedOver(MemberId member, Reason reason) {

    /** Validates the fields. */
    public PassedOver {
      Validation.required("member", member);
      Validation.required("reason", reason);
    }
  }

  /** Why a member was passed over. */
  public enum Reason {
    /** The question was routed to them before. */
    ALREADY_ROUTED,
    /** They have had their routed questions for this week. */
    BUDGET_SPENT,
    /** They are away. */
    AWAY,
    /** They are muted in the community. */
    MUTED
  }
}
