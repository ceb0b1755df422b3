package org.copkit.jpa.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.Mute;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_mute}: one {@link Mute}, identified by the generated {@code seq}. */
@Entity(name = "CopMute")
@Table(name = "cop_mute")
class MuteRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "seq")
  private Long seq;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "member_id", nullable = false, length = MemberId.MAX_LENGTH)
  private String memberId;

  @Column(name = "muted_until", nullable = false)
  private Instant until;

  @Column(name = "muted_by", nullable = false, length = MemberId.MAX_LENGTH)
  private String mutedBy;

  @Column(name = "muted_at", nullable = false)
  private Instant mutedAt;

  @Column(name = "reason", nullable = false, length = 1000)
  private String reason;

  /** For JPA. */
  protected MuteRow() {}

  static MuteRow fromDomain(Mute mute) {
    MuteRow row = new MuteRow();
    row.communityId = mute.community().toString();
    row.memberId = mute.member().value();
    row.until = mute.until();
    row.mutedBy = mute.by().value();
    row.mutedAt = mute.at();
    row.reason = mute.reason();
    return row;
  }

  Mute toDomain() {
    return new Mute(CommunityId.of(communityId), MemberId.of(memberId), until, MemberId.of(mutedBy), mutedAt, reason);
  }
}
