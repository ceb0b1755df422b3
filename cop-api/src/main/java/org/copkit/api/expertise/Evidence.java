package org.copkit.api.expertise;

import java.util.Optional;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * One piece of evidence that counted for a suggestion: "why am I seeing this person".
 *
 * @param kind what it is
 * @param topic the tag it is about, for evidence by topic
 * @param count how many items it counts (answers, items), 1 for a role or a competence
 * @param weight how much it added to the score
 */
public record Evidence(EvidenceKind kind, Optional<String> topic, int count, double weight) {

  /** Validates the fields. */
  public Evidence {
    Validation.required("kind", kind);
    Validation.required("topic", topic);
    Validation.notNegative("count", count);
    if (!Double.isFinite(weight) || weight < 0) {
      throw new InvalidInputException("weight", "must be finite and not negative, was " + weight);
    }
  }
}
