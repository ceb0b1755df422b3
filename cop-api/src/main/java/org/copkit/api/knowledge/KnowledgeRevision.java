package org.copkit.api.knowledge;

import java.time.Instant;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * One immutable revision of a knowledge item: every change makes a new one.
 *
 * @param item the item
 * @param number its number, 1 for the first and one more for each change
 * @param content what the item says in it
 * @param html the body rendered to sanitized HTML, safe to insert in a page
 * @param author who wrote it
 * @param at when
 * @param note the change note, empty only for a first revision written without one
 * @param restoredFrom the number of the revision it restored, 0 when it restored none
 */
public record KnowledgeRevision(KnowledgeItemId item, int number, KnowledgeContent content, String html,
    MemberId author, Instant at, String note, int restoredFrom) {

  /** The longest change note. */
  public static final int MAX_NOTE = 500;

  /** Validates the fields. */
  public KnowledgeRevision {
    Validation.required("item", item);
    if (number < 1) {
      throw new InvalidInputException("number", "must be at least 1");
    }
    Validation.required("content", content);
    Validation.required("html", html);
    Validation.required("author", author);
    Validation.required("at", at);
    note = Validation.optionalText("note", note, MAX_NOTE);
    Validation.between("restoredFrom", restoredFrom, 0, number - 1);
  }
}
