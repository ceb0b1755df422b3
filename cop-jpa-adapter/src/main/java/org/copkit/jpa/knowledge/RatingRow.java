package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.Rating;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_item_rating}: a member's {@link Rating} of one revision. The primary key (item,
 * revision, member) keeps one rating per member and revision under any concurrency.
 */
@Entity(name = "CopItemRating")
@Table(name = "cop_item_rating")
@IdClass(RatingRow.Key.class)
class RatingRow {

  @Id
  @Column(name = "item_id", length = 36)
  private String itemId;

  @Id
  @Column(name = "revision_number")
  private int revision;

  @Id
  @Column(name = "member_id", length = MemberId.MAX_LENGTH)
  private String memberId;

  @Column(name = "stars", nullable = false)
  private int stars;

  @Column(name = "rated_at", nullable = false)
  private Instant ratedAt;

  /** For JPA. */
  protected RatingRow() {}

  static RatingRow of(Rating rating) {
    RatingRow row = new RatingRow();
    row.itemId = rating.item().toString();
    row.revision = rating.revision();
    row.memberId = rating.member().value();
    row.apply(rating);
    return row;
  }

  void apply(Rating rating) {
    stars = rating.stars();
    ratedAt = rating.at();
  }

  Rating toDomain() {
    return new Rating(KnowledgeItemId.of(itemId), revision, MemberId.of(memberId), stars, ratedAt);
  }

  /** The primary key: item, revision and member. */
  static final class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String itemId;
    private int revision;
    private String memberId;

    /** For JPA. */
    Key() {}

    Key(KnowledgeItemId item, int revision, MemberId member) {
      this.itemId = item.toString();
      this.revision = revision;
      this.memberId = member.value();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && itemId.equals(key.itemId) && revision == key.revision
          && memberId.equals(key.memberId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(itemId, revision, memberId);
    }

    @Override
    public String toString() {
      return "rating of " + memberId + " of revision " + revision + " of knowledge item " + itemId;
    }
  }
}
