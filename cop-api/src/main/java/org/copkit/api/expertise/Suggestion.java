package org.copkit.api.expertise;

import java.util.List;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * One member suggested to answer a question, with why.
 *
 * @param member who
 * @param score how strongly the evidence points at them: the sum of the evidence's weights
 * @param evidence what counted, the heaviest first; every piece comes from the question's community
 */
public record Suggestion(MemberId member, double score, List<Evidence> evidence) {

  /** Validates the fields. */
  public Suggestion {
    Validation.required("member", member);
    if (!Double.isFinite(score) || score < 0) {
      throw new org.copkit.api.shared.InvalidInputException("score", "must be finite and not negative, was " + score);
    }
    evidence = List.copyOf(Validation.noNulls("evidence", evidence));
  }
}
