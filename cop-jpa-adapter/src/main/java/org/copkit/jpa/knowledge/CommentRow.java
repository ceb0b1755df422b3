package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.copkit.api.knowledge.ItemComment;
import org.copkit.api.knowledge.ItemCommentId;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_item_comment}: one {@link ItemComment}, immutable but for being hidden. */
@Entity(name = "CopItemComment")
@Table(name = "cop_item_comment")
class CommentRow {

  @Id
  @Column(name = "comment_id", length = 36)
  private String id;

  @Column(name = "item_id", nullable = false, length = 36)
  private String itemId;

  @Column(name = "revision_number", nullable = false)
  private int revision;

  @Column(name = "reply_to", length = 36)
  private String replyTo;

  @Column(name = "author", nullable = false, length = MemberId.MAX_LENGTH)
  private String author;

  @Column(name = "body", nullable = false, length = ItemComment.MAX_BODY)
  private String body;

  @Column(name = "html", nullable = false, length = 1_048_576)
  private String html;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "hidden", nullable = false)
  private boolean hidden;

  /** For JPA. */
  protected CommentRow() {}

  static CommentRow of(ItemComment comment) {
    CommentRow row = new CommentRow();
    row.id = comment.id().toString();
    row.itemId = comment.item().toString();
    row.revision = comment.revision();
    row.replyTo = comment.inReplyTo().map(ItemCommentId::toString).orElse(null);
    row.author = comment.author().value();
    row.body = comment.body();
    row.html = comment.html();
    row.writtenAt = comment.at();
    return row;
  }

  /** @return true when it was shown until now */
  boolean hide() {
    boolean shown = !hidden;
    hidden = true;
    return shown;
  }

  ItemComment toDomain() {
    return new ItemComment(ItemCommentId.of(id), KnowledgeItemId.of(itemId), revision,
        Optional.ofNullable(replyTo).map(ItemCommentId::of), MemberId.of(author), body, html, writtenAt);
  }
}
