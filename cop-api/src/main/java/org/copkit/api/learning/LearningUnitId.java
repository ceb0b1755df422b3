package org.copkit.api.learning;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies a learning unit.
 *
 * @param value the UUID
 */
public record LearningUnitId(UUID value) {

  /** Validates the value. */
  public LearningUnitId {
    Validation.required("unitId", value);
  }

  /** @return a new random ID */
  public static LearningUnitId random() {
    return new LearningUnitId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static LearningUnitId of(String text) {
    return new LearningUnitId(Validation.uuid("unitId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
