package org.copkit.api.discussion;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies a post in a thread.
 *
 * @param value the UUID
 */
public record PostId(UUID value) {

  /** Validates the value. */
  public PostId {
    Validation.required("postId", value);
  }

  /** @return a new random ID */
  public static PostId random() {
    return new PostId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static PostId of(String text) {
    return new PostId(Validation.uuid("postId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
