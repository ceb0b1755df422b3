package org.copkit.api.community;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies a community.
 *
 * @param value the UUID
 */
public record CommunityId(UUID value) {

  /** Validates the value. */
  public CommunityId {
    Validation.required("communityId", value);
  }

  /** @return a new random ID */
  public static CommunityId random() {
    return new CommunityId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static CommunityId of(String text) {
    return new CommunityId(Validation.uuid("communityId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
