package org.copkit.jpa.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.LearningPath;
import org.copkit.api.learning.LearningPathId;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_learning_path}: one {@link LearningPath}, its units in order in one column. */
@Entity(name = "CopLearningPath")
@Table(name = "cop_learning_path")
class PathRow {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "description", nullable = false, length = 5000)
  private String description;

  @Column(name = "unit_ids", nullable = false, length = Codec.UNITS_LENGTH)
  private String units;

  @Column(name = "author", nullable = false, length = MemberId.MAX_LENGTH)
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** For JPA. */
  protected PathRow() {}

  static PathRow fromDomain(LearningPath path) {
    PathRow row = new PathRow();
    row.id = path.id().toString();
    row.communityId = path.community().toString();
    row.title = path.title();
    row.description = path.description();
    row.units = Codec.units(path.units());
    row.author = path.author().value();
    row.createdAt = path.createdAt();
    return row;
  }

  LearningPath toDomain() {
    return new LearningPath(LearningPathId.of(id), CommunityId.of(communityId), title, description, Codec.units(units),
        MemberId.of(author), createdAt);
  }
}
