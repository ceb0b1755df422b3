package org.copkit.jpa.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_community}: one {@link Community}. */
@Entity(name = "CopCommunity")
@Table(name = "cop_community")
class CommunityRow {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "name", nullable = false, length = Community.MAX_NAME)
  private String name;

  @Column(name = "practice_domain", nullable = false, length = Community.MAX_DOMAIN)
  private String domain;

  @Column(name = "purpose", nullable = false, length = Community.MAX_PURPOSE)
  private String purpose;

  @Column(name = "visibility", nullable = false, length = 16)
  private String visibility;

  @Column(name = "stage", nullable = false, length = 16)
  private String stage;

  @Column(name = "created_by", nullable = false, length = MemberId.MAX_LENGTH)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected CommunityRow() {}

  static CommunityRow fromDomain(Community community) {
    CommunityRow row = new CommunityRow();
    row.id = community.id().toString();
    row.createdBy = community.createdBy().value();
    row.createdAt = community.createdAt();
    row.version = community.version();
    row.copyChanges(community);
    return row;
  }

  /** Copies what may change over a community's life; the version is left to JPA. */
  void copyChanges(Community community) {
    name = community.name();
    domain = community.domain();
    purpose = community.purpose();
    visibility = community.visibility().name();
    stage = community.stage().name();
    lastActivityAt = community.lastActivityAt();
  }

  Community toDomain() {
    return new Community(
        CommunityId.of(id),
        name,
        domain,
        purpose,
        Visibility.valueOf(visibility),
        Stage.valueOf(stage),
        MemberId.of(createdBy),
        createdAt,
        lastActivityAt,
        version);
  }

  long version() {
    return version;
  }
}
