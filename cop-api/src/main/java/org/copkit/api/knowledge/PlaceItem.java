package org.copkit.api.knowledge;

import java.util.Optional;
import org.copkit.api.shared.Validation;

/**
 * Command: place a knowledge item in a section of its community, or in none. Placing makes no
 * new revision of its content.
 *
 * @param item the item
 * @param section the section, or empty to take it out of any
 */
public record PlaceItem(KnowledgeItemId item, Optional<SectionId> section) {

  /** Validates the fields. */
  public PlaceItem {
    Validation.required("item", item);
    Validation.required("section", section);
  }
}
