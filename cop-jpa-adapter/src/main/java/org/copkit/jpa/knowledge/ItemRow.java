package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_knowledge_item}: what never changes of a {@link KnowledgeItem}, and the number
 * of its latest revision, with an optimistic version so that two revisions of one latest never
 * both commit.
 */
@Entity(name = "CopKnowledgeItem")
@Table(name = "cop_knowledge_item")
class ItemRow {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "kind", nullable = false, length = 32)
  private String kind;

  @Column(name = "audience", nullable = false, length = 16)
  private String audience;

  @Column(name = "created_by", nullable = false, length = MemberId.MAX_LENGTH)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "current_revision", nullable = false)
  private int currentRevision;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected ItemRow() {}

  static ItemRow fromDomain(KnowledgeItem item) {
    ItemRow row = new ItemRow();
    row.id = item.id().toString();
    row.communityId = item.community().toString();
    row.kind = item.kind().name();
    row.audience = item.audience().name();
    row.createdBy = item.createdBy().value();
    row.createdAt = item.createdAt();
    row.currentRevision = item.revision();
    return row;
  }

  String id() {
    return id;
  }

  int currentRevision() {
    return currentRevision;
  }

  long version() {
    return version;
  }

  void moveTo(int revision) {
    currentRevision = revision;
  }

  KnowledgeItem toDomain(KnowledgeRevision current) {
    return new KnowledgeItem(KnowledgeItemId.of(id), CommunityId.of(communityId), KnowledgeKind.valueOf(kind),
        Audience.valueOf(audience), MemberId.of(createdBy), createdAt, current);
  }
}
