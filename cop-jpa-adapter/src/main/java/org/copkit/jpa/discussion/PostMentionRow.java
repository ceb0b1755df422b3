package org.copkit.jpa.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.copkit.api.discussion.PostId;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_post_mention}: a member that a post mentions. A post's mentions are unbounded
 * and a member ID may hold any printable character, so they are rows rather than a delimited column.
 */
@Entity(name = "CopPostMention")
@Table(name = "cop_post_mention")
@IdClass(PostMentionRow.Key.class)
class PostMentionRow {

  @Id
  @Column(name = "post_id", length = 36)
  private String postId;

  @Id
  @Column(name = "member_id", length = MemberId.MAX_LENGTH)
  private String memberId;

  /** For JPA. */
  protected PostMentionRow() {}

  PostMentionRow(PostId post, MemberId member) {
    this.postId = post.toString();
    this.memberId = member.value();
  }

  String postId() {
    return postId;
  }

  MemberId member() {
    return MemberId.of(memberId);
  }

  /** The primary key: post and member. */
  static final class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String postId;
    private String memberId;

    /** For JPA. */
    Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && postId.equals(key.postId) && memberId.equals(key.memberId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(postId, memberId);
    }
  }
}
