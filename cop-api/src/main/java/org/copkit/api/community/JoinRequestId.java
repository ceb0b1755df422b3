package org.copkit.api.community;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies a join request.
 *
 * @param value the UUID
 */
public record JoinRequestId(UUID value) {

  /** Validates the value. */
  public JoinRequestId {
    Validation.required("joinRequestId", value);
  }

  /** @return a new random ID */
  public static JoinRequestId random() {
    return new JoinRequestId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static JoinRequestId of(String text) {
    return new JoinRequestId(Validation.uuid("joinRequestId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
