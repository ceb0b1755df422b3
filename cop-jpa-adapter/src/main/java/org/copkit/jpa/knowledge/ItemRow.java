package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.knowledge.Curation;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.knowledge.KnowledgeSource;
import org.copkit.api.knowledge.Provenance;
import org.copkit.api.knowledge.SectionId;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_knowledge_item}: what never changes of a {@link KnowledgeItem} (its source
 * among it: the thread's ID and the post IDs separated by single spaces), its curation, and the
 * number of its latest revision, with an optimistic version so that two revisions of one latest
 * never both commit. Its co-authors are rows of {@code cop_knowledge_co_author}.
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

  @Column(name = "section_id", length = 36)
  private String sectionId;

  @Column(name = "owner_id", nullable = false, length = MemberId.MAX_LENGTH)
  private String ownerId;

  @Column(name = "review_by", nullable = false)
  private LocalDate reviewBy;

  @Column(name = "source_thread", length = 36)
  private String sourceThread;

  @Column(name = "source_posts", nullable = false, length = 3800)
  private String sourcePosts;

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
    row.curate(item.curation());
    Optional<KnowledgeSource> source = item.provenance().source();
    row.sourceThread = source.map(s -> s.thread().toString()).orElse(null);
    row.sourcePosts = source.map(s -> s.posts().stream().map(PostId::toString).collect(Collectors.joining(" "))).orElse("");
    return row;
  }

  /**
   * @param curation the item's section, owner and review-by day
   * @return whether a field changed
   */
  boolean curate(Curation curation) {
    String section = curation.section().map(SectionId::toString).orElse(null);
    boolean changed = !Objects.equals(section, sectionId) || !curation.owner().value().equals(ownerId)
        || !curation.reviewBy().equals(reviewBy);
    sectionId = section;
    ownerId = curation.owner().value();
    reviewBy = curation.reviewBy();
    return changed;
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

  void changeAudience(Audience next) {
    audience = next.name();
  }

  KnowledgeItem toDomain(KnowledgeRevision current, List<MemberId> coAuthors) {
    Optional<KnowledgeSource> source = Optional.ofNullable(sourceThread).map(thread -> new KnowledgeSource(
        ThreadId.of(thread), Arrays.stream(sourcePosts.split(" ")).map(PostId::of).toList()));
    Curation curation = new Curation(Optional.ofNullable(sectionId).map(SectionId::of), MemberId.of(ownerId), reviewBy);
    return new KnowledgeItem(KnowledgeItemId.of(id), CommunityId.of(communityId), KnowledgeKind.valueOf(kind),
        Audience.valueOf(audience), MemberId.of(createdBy), createdAt, current, curation,
        new Provenance(source, coAuthors));
  }
}
