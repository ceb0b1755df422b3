package org.copkit.api.moderation;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies an item in a community's review queue.
 *
 * @param value the UUID
 */
public record ReviewItemId(UUID value) {

  /** Validates the value. */
  public ReviewItemId {
    Validation.required("reviewItemId", value);
  }

  /** @return a new random ID */
  public static ReviewItemId random() {
    return new ReviewItemId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static ReviewItemId of(String text) {
    return new ReviewItemId(Validation.uuid("reviewItemId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
