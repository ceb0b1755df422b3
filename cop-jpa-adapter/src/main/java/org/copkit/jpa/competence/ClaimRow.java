package org.copkit.jpa.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.ClaimId;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_competence_claim}: one {@link CompetenceClaim}; a unique key on member,
 * community and competence keeps one claim of each.
 */
@Entity(name = "CopCompetenceClaim")
@Table(name = "cop_competence_claim")
class ClaimRow {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "member_id", nullable = false, length = MemberId.MAX_LENGTH)
  private String memberId;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "competence", nullable = false, length = 200)
  private String competence;

  @Column(name = "claimed_level", nullable = false)
  private int level;

  @Column(name = "endorsed_level", nullable = false)
  private int endorsedLevel;

  @Column(name = "endorsements", nullable = false)
  private int endorsements;

  @Column(name = "validated_level", nullable = false)
  private int validatedLevel;

  @Column(name = "entries", nullable = false)
  private int entries;

  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected ClaimRow() {}

  static ClaimRow fromDomain(CompetenceClaim claim) {
    ClaimRow row = new ClaimRow();
    row.id = claim.id().toString();
    row.version = claim.version();
    row.copyChanges(claim);
    return row;
  }

  /** Copies every field but the ID; the version is left to JPA. */
  void copyChanges(CompetenceClaim claim) {
    memberId = claim.member().value();
    communityId = claim.community().toString();
    competence = claim.competence().toString();
    level = claim.level();
    endorsedLevel = claim.endorsedLevel();
    endorsements = claim.endorsements();
    validatedLevel = claim.validatedLevel();
    entries = claim.entries();
    claimedAt = claim.claimedAt();
    updatedAt = claim.updatedAt();
  }

  CompetenceClaim toDomain() {
    return new CompetenceClaim(ClaimId.of(id), MemberId.of(memberId), CommunityId.of(communityId),
        CompetenceRef.of(competence), level, endorsedLevel, endorsements, validatedLevel, entries, claimedAt, updatedAt,
        version);
  }

  long version() {
    return version;
  }
}
