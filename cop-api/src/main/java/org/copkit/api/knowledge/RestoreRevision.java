package org.copkit.api.knowledge;

import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Command: make an earlier revision's content the item's next revision (nothing is deleted).
 *
 * @param item the item
 * @param revision the number of the revision to restore, older than {@code basedOn}
 * @param basedOn the item's latest revision as the caller saw it, or the command is a
 *     stale-version conflict
 * @param note why, 1 to {@value KnowledgeRevision#MAX_NOTE} characters
 */
public record RestoreRevision(KnowledgeItemId item, int revision, int basedOn, String note) {

  /** Validates the fields. */
  public RestoreRevision {
    Validation.required("item", item);
    if (basedOn < 1) {
      throw new InvalidInputException("basedOn", "must be at least 1");
    }
    if (revision < 1 || revision >= basedOn) {
      throw new InvalidInputException("revision", "must be from 1 to " + (basedOn - 1));
    }
    note = Validation.text("note", note, KnowledgeRevision.MAX_NOTE);
  }
}
