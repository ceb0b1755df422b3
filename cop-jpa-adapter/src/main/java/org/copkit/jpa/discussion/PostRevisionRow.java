package org.copkit.jpa.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostRevision;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_post_revision}: one {@link PostRevision}, keyed by post and revision number,
 * so the database keeps each revision once.
 */
@Entity(name = "CopPostRevision")
@Table(name = "cop_post_revision")
@IdClass(PostRevisionRow.Key.class)
class PostRevisionRow {

  @Id
  @Column(name = "post_id", length = 36)
  private String postId;

  @Id
  @Column(name = "revision")
  private int revision;

  @Column(name = "body", nullable = false, length = Post.MAX_BODY)
  private String body;

  @Column(name = "edited_by", nullable = false, length = MemberId.MAX_LENGTH)
  private String editedBy;

  @Column(name = "edited_at", nullable = false)
  private Instant editedAt;

  @Column(name = "reason", nullable = false, length = 1000)
  private String reason;

  /** For JPA. */
  protected PostRevisionRow() {}

  static PostRevisionRow fromDomain(PostRevision revision) {
    PostRevisionRow row = new PostRevisionRow();
    row.postId = revision.post().toString();
    row.revision = revision.revision();
    row.body = revision.body();
    row.editedBy = revision.editedBy().value();
    row.editedAt = revision.editedAt();
    row.reason = revision.reason();
    return row;
  }

  PostRevision toDomain() {
    return new PostRevision(PostId.of(postId), revision, body, MemberId.of(editedBy), editedAt, reason);
  }

  /** The primary key: post and revision number. */
  static final class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String postId;
    private int revision;

    /** For JPA. */
    Key() {}

    Key(PostId post, int revision) {
      this.postId = post.toString();
      this.revision = revision;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && postId.equals(key.postId) && revision == key.revision;
    }

    @Override
    public int hashCode() {
      return Objects.hash(postId, revision);
    }
  }
}
