package org.copkit.api.knowledge;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies a section of a community's knowledge base.
 *
 * @param value the UUID
 */
public record SectionId(UUID value) {

  /** Validates the value. */
  public SectionId {
    Validation.required("sectionId", value);
  }

  /** @return a new random ID */
  public static SectionId random() {
    return new SectionId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static SectionId of(String text) {
    return new SectionId(Validation.uuid("sectionId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
