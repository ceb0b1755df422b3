package org.copkit.api.knowledge;

import org.copkit.api.shared.Validation;

/**
 * Command: rate a revision of a knowledge item, replacing the member's earlier rating of it.
 *
 * @param item the item
 * @param revision the number of the revision the member read: its latest
 * @param stars {@value Rating#MIN_STARS} to {@value Rating#MAX_STARS}
 */
public record RateItem(KnowledgeItemId item, int revision, int stars) {

  /** Validates the fields. */
  public RateItem {
    Validation.required("item", item);
    Validation.between("revision", revision, 1, Integer.MAX_VALUE);
    stars = Rating.stars(stars);
  }
}
