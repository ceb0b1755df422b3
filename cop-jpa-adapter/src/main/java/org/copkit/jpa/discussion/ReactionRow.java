package org.copkit.jpa.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_reaction}: a member reacted to a post one way. The whole row is the primary
 * key, so the database keeps each reaction of a member to a post once.
 */
@Entity(name = "CopReaction")
@Table(name = "cop_reaction")
@IdClass(ReactionRow.Key.class)
class ReactionRow {

  @Id
  @Column(name = "post_id", length = 36)
  private String postId;

  @Id
  @Column(name = "reaction", length = 16)
  private String reaction;

  @Id
  @Column(name = "member_id", length = MemberId.MAX_LENGTH)
  private String memberId;

  /** For JPA. */
  protected ReactionRow() {}

  ReactionRow(Key key) {
    this.postId = key.postId;
    this.reaction = key.reaction;
    this.memberId = key.memberId;
  }

  /** The primary key: post, reaction and member. */
  static final class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String postId;
    private String reaction;
    private String memberId;

    /** For JPA. */
    Key() {}

    Key(PostId post, Reaction reaction, MemberId member) {
      this.postId = post.toString();
      this.reaction = reaction.name();
      this.memberId = member.value();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && postId.equals(key.postId)
          && reaction.equals(key.reaction)
          && memberId.equals(key.memberId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(postId, reaction, memberId);
    }

    @Override
    public String toString() {
      return reaction + " of " + memberId + " to post " + postId;
    }
  }
}
