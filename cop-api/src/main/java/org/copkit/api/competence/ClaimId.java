package org.copkit.api.competence;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies a member's claim of a competence in a community.
 *
 * @param value the UUID
 */
public record ClaimId(UUID value) {

  /** Validates the value. */
  public ClaimId {
    Validation.required("claimId", value);
  }

  /** @return a new random ID */
  public static ClaimId random() {
    return new ClaimId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static ClaimId of(String text) {
    return new ClaimId(Validation.uuid("claimId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
