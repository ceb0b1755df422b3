package org.copkit.api.knowledge;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies a knowledge item.
 *
 * @param value the UUID
 */
public record KnowledgeItemId(UUID value) {

  /** Validates the value. */
  public KnowledgeItemId {
    Validation.required("itemId", value);
  }

  /** @return a new random ID */
  public static KnowledgeItemId random() {
    return new KnowledgeItemId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static KnowledgeItemId of(String text) {
    return new KnowledgeItemId(Validation.uuid("itemId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
