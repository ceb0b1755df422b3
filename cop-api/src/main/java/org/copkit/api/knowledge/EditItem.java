package org.copkit.api.knowledge;

import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Command: change a knowledge item, making its next revision.
 *
 * @param item the item
 * @param basedOn the revision the change was made on: the item's latest, or the command is a
 *     stale-version conflict
 * @param content what it says now; a library document keeps a link
 * @param note why it changed, 1 to {@value KnowledgeRevision#MAX_NOTE} characters
 */
public record EditItem(KnowledgeItemId item, int basedOn, KnowledgeContent content, String note) {

  /** Validates the fields. */
  public EditItem {
    Validation.required("item", item);
    if (basedOn < 1) {
      throw new InvalidInputException("basedOn", "must be at least 1");
    }
    Validation.required("content", content);
    note = Validation.text("note", note, KnowledgeRevision.MAX_NOTE);
  }
}
