package org.copkit.api.knowledge;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies a comment on a knowledge item.
 *
 * @param value the UUID
 */
public record ItemCommentId(UUID value) {

  /** Validates the value. */
  public ItemCommentId {
    Validation.required("commentId", value);
  }

  /** @return a new random ID */
  public static ItemCommentId random() {
    return new ItemCommentId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static ItemCommentId of(String text) {
    return new ItemCommentId(Validation.uuid("commentId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
