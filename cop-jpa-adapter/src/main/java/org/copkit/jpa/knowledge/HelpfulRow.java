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
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_item_helpful}: a member marked an item helpful. The primary key (item, member)
 * keeps one mark per member and item under any concurrency.
 */
@Entity(name = "CopItemHelpful")
@Table(name = "cop_item_helpful")
@IdClass(HelpfulRow.Key.class)
class HelpfulRow {

  @Id
  @Column(name = "item_id", length = 36)
  private String itemId;

  @Id
  @Column(name = "member_id", length = MemberId.MAX_LENGTH)
  private String memberId;

  @Column(name = "marked_at", nullable = false)
  private Instant markedAt;

  /** For JPA. */
  protected HelpfulRow() {}

  HelpfulRow(Key key, Instant at) {
    this.itemId = key.itemId;
    this.memberId = key.memberId;
    this.markedAt = at;
  }

  /** The primary key: item and member. */
  static final class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String itemId;
    private String memberId;

    /** For JPA. */
    Key() {}

    Key(KnowledgeItemId item, MemberId member) {
      this.itemId = item.toString();
      this.memberId = member.value();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && itemId.equals(key.itemId) && memberId.equals(key.memberId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(itemId, memberId);
    }

    @Override
    public String toString() {
      return "helpful mark of " + memberId + " on knowledge item " + itemId;
    }
  }
}
