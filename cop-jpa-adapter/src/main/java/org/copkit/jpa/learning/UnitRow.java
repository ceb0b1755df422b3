package org.copkit.jpa.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.UnitFormat;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_learning_unit}: one {@link LearningUnit}, immutable. */
@Entity(name = "CopLearningUnit")
@Table(name = "cop_learning_unit")
class UnitRow {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "summary", nullable = false, length = 20_000)
  private String summary;

  @Column(name = "unit_format", nullable = false, length = 16)
  private String format;

  @Column(name = "link", nullable = false, length = 2000)
  private String link;

  @Column(name = "estimated_minutes", nullable = false)
  private int estimatedMinutes;

  @Column(name = "competences", nullable = false, length = Codec.COMPETENCES_LENGTH)
  private String competences;

  @Column(name = "author", nullable = false, length = MemberId.MAX_LENGTH)
  private String author;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  /** For JPA. */
  protected UnitRow() {}

  static UnitRow fromDomain(LearningUnit unit) {
    UnitRow row = new UnitRow();
    row.id = unit.id().toString();
    row.communityId = unit.community().toString();
    row.title = unit.title();
    row.summary = unit.summary();
    row.format = unit.format().name();
    row.link = unit.link();
    row.estimatedMinutes = unit.estimatedMinutes();
    row.competences = Codec.competences(unit.competences());
    row.author = unit.author().value();
    row.publishedAt = unit.publishedAt();
    return row;
  }

  LearningUnit toDomain() {
    return new LearningUnit(LearningUnitId.of(id), CommunityId.of(communityId), title, summary, UnitFormat.valueOf(format),
        link, estimatedMinutes, Codec.competences(competences), MemberId.of(author), publishedAt);
  }
}
