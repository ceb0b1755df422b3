package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_knowledge_co_author}: one person an item credits, at their position. Its key
 * is the item's ID, a space and the member's ID.
 */
@Entity(name = "CopKnowledgeCoAuthor")
@Table(name = "cop_knowledge_co_author")
class CoAuthorRow {

  @Id
  @Column(name = "credit_key", length = 170)
  private String key;

  @Column(name = "item_id", nullable = false, length = 36)
  private String itemId;

  @Column(name = "member_id", nullable = false, length = MemberId.MAX_LENGTH)
  private String memberId;

  @Column(name = "position", nullable = false)
  private int position;

  /** For JPA. */
  protected CoAuthorRow() {}

  static CoAuthorRow of(KnowledgeItemId item, MemberId member, int position) {
    CoAuthorRow row = new CoAuthorRow();
    row.key = item + " " + member.value();
    row.itemId = item.toString();
    row.memberId = member.value();
    row.position = position;
    return row;
  }

  String itemId() {
    return itemId;
  }

  MemberId member() {
    return MemberId.of(memberId);
  }
}
