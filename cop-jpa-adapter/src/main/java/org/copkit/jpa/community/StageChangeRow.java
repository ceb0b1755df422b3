package org.copkit.jpa.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Stage;
import org.copkit.api.community.StageChange;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_stage_change}: one step of a community's history. The generated {@code seq}
 * keeps the order of appending, which breaks ties between steps of the same instant.
 */
@Entity(name = "CopStageChange")
@Table(name = "cop_stage_change")
class StageChangeRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "seq")
  private Long seq;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "from_stage", length = 16)
  private String fromStage;

  @Column(name = "to_stage", nullable = false, length = 16)
  private String toStage;

  @Column(name = "actor", length = MemberId.MAX_LENGTH)
  private String actor;

  @Column(name = "reason", nullable = false, length = 1000)
  private String reason;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  /** For JPA. */
  protected StageChangeRow() {}

  static StageChangeRow fromDomain(StageChange change) {
    StageChangeRow row = new StageChangeRow();
    row.communityId = change.community().toString();
    row.fromStage = change.from().map(Stage::name).orElse(null);
    row.toStage = change.to().name();
    row.actor = change.actor().map(MemberId::value).orElse(null);
    row.reason = change.reason();
    row.changedAt = change.at();
    return row;
  }

  StageChange toDomain() {
    return new StageChange(
        CommunityId.of(communityId),
        Optional.ofNullable(fromStage).map(Stage::valueOf),
        Stage.valueOf(toStage),
        Optional.ofNullable(actor).map(MemberId::of),
        reason,
        changedAt);
  }
}
