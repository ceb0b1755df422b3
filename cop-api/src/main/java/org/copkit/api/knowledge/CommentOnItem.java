package org.copkit.api.knowledge;

import java.util.Optional;
import org.copkit.api.shared.Validation;

/**
 * Command: comment on a knowledge item.
 *
 * @param item the item
 * @param inReplyTo a comment of the same item it answers, if any
 * @param body Markdown, 1 to {@value ItemComment#MAX_BODY} characters
 */
public record CommentOnItem(KnowledgeItemId item, Optional<ItemCommentId> inReplyTo, String body) {

  /** Validates the fields. */
  public CommentOnItem {
    Validation.required("item", item);
    Validation.required("inReplyTo", inReplyTo);
    body = Validation.text("body", body, ItemComment.MAX_BODY);
  }

  /**
   * @param item the item
   * @param body Markdown
   * @return a comment that answers no other
   */
  public static CommentOnItem on(KnowledgeItemId item, String body) {
    return new CommentOnItem(item, Optional.empty(), body);
  }
}
