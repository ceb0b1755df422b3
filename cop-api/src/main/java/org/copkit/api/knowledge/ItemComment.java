package org.copkit.api.knowledge;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A comment on a knowledge item. An item's comments are one thread, oldest first; a comment may
 * answer an earlier one of the same item.
 *
 * @param id its ID
 * @param item the item
 * @param revision the number of the item's latest revision when it was written
 * @param inReplyTo the comment of the same item it answers, if any
 * @param author who wrote it
 * @param body its Markdown source, 1 to {@value #MAX_BODY} characters
 * @param html the body rendered to sanitized HTML, as posts are
 * @param at when
 */
public record ItemComment(ItemCommentId id, KnowledgeItemId item, int revision, Optional<ItemCommentId> inReplyTo,
    MemberId author, String body, String html, Instant at) {

  /** The longest comment. */
  public static final int MAX_BODY = 5000;

  /** Validates the fields. */
  public ItemComment {
    Validation.required("id", id);
    Validation.required("item", item);
    if (revision < 1) {
      throw new InvalidInputException("revision", "must be at least 1");
    }
    Validation.required("inReplyTo", inReplyTo);
    if (inReplyTo.filter(id::equals).isPresent()) {
      throw new InvalidInputException("inReplyTo", "must name another comment");
    }
    Validation.required("author", author);
    body = Validation.text("body", body, MAX_BODY);
    Validation.required("html", html);
    Validation.required("at", at);
  }
}
