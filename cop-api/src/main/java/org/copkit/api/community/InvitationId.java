package org.copkit.api.community;

import java.util.UUID;
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
    return new InvitationId(Validation.uuid("invitationId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
