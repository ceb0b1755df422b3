package org.copkit.api.learning;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies a learning path.
 *
 * @param value the UUID
 */
public record LearningPathId(UUID value) {

  /** Validates the value. */
  public LearningPathId {
    Validation.required("pathId", value);
  }

  /** @return a new random ID */
  public static LearningPathId random() {
    return new LearningPathId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static LearningPathId of(String text) {
    return new LearningPathId(Validation.uuid("pathId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
