package org.copkit.api.moderation;

import org.copkit.api.shared.Validation;

/**
 * Command: decide a review item.
 *
 * @param item the item
 * @param expectedVersion the version the moderator read; if someone decided since, it is a conflict
 * @param decision approve, reject, edit and approve, or escalate
 */
public record Decide(ReviewItemId item, long expectedVersion, Decision decision) {

  /** Validates the fields. */
  public Decide {
    Validation.required("item", item);
    Validation.notNegative("expectedVersion", expectedVersion);
    Validation.required("decision", decision);
  }
}
