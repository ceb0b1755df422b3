package org.copkit.api.moderation;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies a flag raised on a post, a thread or a member.
 *
 * @param value the UUID
 */
public record FlagId(UUID value) {

  /** Validates the value. */
  public FlagId {
    Validation.required("flagId", value);
  }

  /** @return a new random ID */
  public static FlagId random() {
    return new FlagId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static FlagId of(String text) {
    return new FlagId(Validation.uuid("flagId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
