package org.copkit.api.moderation;

import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A member's report that something needs a moderator. Its weight grows with the flagger's past
 * accuracy, so reliable flaggers move items up the queue faster.
 *
 * @param id its ID
 * @param community the community
 * @param subject what is flagged
 * @param flagger who flagged it
 * @param reason why
 * @param text the flagger's explanation; required for OTHER
 * @param weight how much it counts, from {@value #MIN_WEIGHT} to {@value #MAX_WEIGHT}
 * @param raisedAt when
 * @param outcome open until a moderator decides on the subject
 * @param version the optimistic-locking version
 */
public record Flag(
    FlagId id,
    CommunityId community,
    ModerationSubject subject,
    MemberId flagger,
    FlagReason reason,
    String text,
    double weight,
    Instant raisedAt,
    Outcome outcome,
    long version) {

  /** The weight of a flagger whose flags were always dismissed. */
  public static final double MIN_WEIGHT = 0.5;
  /** The weight of a flagger whose flags were always upheld. */
  public static final double MAX_WEIGHT = 1.5;

  /** Where a flag stands. */
  public enum Outcome {
    /** Waits for a decision. */
    OPEN,
    /** The moderator acted on the subject: the flag was right. */
    UPHELD,
    /** The moderator approved the subject: the flag was not needed. */
    DISMISSED
  }

  /** Validates the fields. */
  public Flag {
    Validation.required("id", id);
    Validation.required("community", community);
    Validation.required("subject", subject);
    Validation.required("flagger", flagger);
    Validation.required("reason", reason);
    text = Validation.optionalText("text", text, 1000);
    if (reason == FlagReason.OTHER && text.isEmpty()) {
      throw new InvalidInputException("text", "must explain a flag for OTHER reasons");
    }
    if (!(weight >= MIN_WEIGHT && weight <= MAX_WEIGHT)) {
      throw new InvalidInputException("weight", "must be between " + MIN_WEIGHT + " and " + MAX_WEIGHT);
    }
    Validation.required("raisedAt", raisedAt);
    Validation.required("outcome", outcome);
    Validation.notNegative("version", version);
  }

  /**
   * The weight of a new flag from someone with this record: {@code 0.5 + (upheld + 1) / (upheld +
   * dismissed + 2)}. A first-time flagger counts 1.0; a perfect record approaches 1.5; a record of
   * dismissals approaches 0.5.
   *
   * @param upheld how many of the flagger's flags were upheld
   * @param dismissed how many were dismissed
   * @return the weight
   */
  public static double weightFor(long upheld, long dismissed) {
    return MIN_WEIGHT + (upheld + 1.0) / (upheld + dismissed + 2.0);
  }

  /**
   * @param next the outcome
   * @return a copy with that outcome
   */
  public Flag withOutcome(Outcome next) {
    return new Flag(id, community, subject, flagger, reason, text, weight, raisedAt, next, version);
  }

  /**
   * @param target the community its subject's thread moved to
   * @return a copy raised there
   */
  public Flag movedTo(CommunityId target) {
    return new Flag(id, target, subject, flagger, reason, text, weight, raisedAt, outcome, version);
  }
}
