package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.Section;
import org.copkit.api.knowledge.SectionId;

/** A row of {@code cop_knowledge_section}: one {@link Section}, with its optimistic version. */
@Entity(name = "CopKnowledgeSection")
@Table(name = "cop_knowledge_section")
class SectionRow {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "parent_id", length = 36)
  private String parentId;

  @Column(name = "name", nullable = false, length = Section.MAX_NAME)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected SectionRow() {}

  static SectionRow fromDomain(Section section) {
    SectionRow row = new SectionRow();
    row.id = section.id().toString();
    row.communityId = section.community().toString();
    row.createdAt = section.createdAt();
    row.version = section.version();
    row.apply(section);
    return row;
  }

  /** @return whether a field changed */
  boolean apply(Section section) {
    String parent = section.parent().map(SectionId::toString).orElse(null);
    boolean changed = !Objects.equals(parent, parentId) || !section.name().equals(name);
    parentId = parent;
    name = section.name();
    return changed;
  }

  long version() {
    return version;
  }

  Section toDomain() {
    return new Section(SectionId.of(id), CommunityId.of(communityId), Optional.ofNullable(parentId).map(SectionId::of),
        name, createdAt, version);
  }
}
