package org.copkit.api.community;

import java.util.UUID;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Identifies a invitation.
 *
 * @param value the UUID
 */
public record InvitationId(UUID value) {

  /** Validates the value. */
  public InvitationId {
    Validation.required("invitationId", value);
  }

  /** @return a new random ID */
  public static InvitationId random() {
    return new InvitationId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static InvitationId of(String text) {
    try {
      return new InvitationId(UUID.fromString(Validation.required("invitationId", text).strip()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("invitationId", "must be a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
