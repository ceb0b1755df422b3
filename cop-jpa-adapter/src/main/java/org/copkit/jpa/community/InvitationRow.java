package org.copkit.jpa.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.Invitation.InvitationStatus;
import org.copkit.api.community.InvitationId;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.Tier;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_invitation}: one {@link Invitation}. The sealed status is a {@code status}
 * name plus the columns its variants carry ({@code decided_by}, {@code decided_at}), NULL where a
 * variant has no such field.
 */
@Entity(name = "CopInvitation")
@Table(name = "cop_invitation")
class InvitationRow {

  /** The names in the {@code status} column. */
  static final String PENDING = "PENDING";

  private static final String ACCEPTED = "ACCEPTED";
  private static final String DECLINED = "DECLINED";
  private static final String REVOKED = "REVOKED";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "invitee", nullable = false, length = MemberId.MAX_LENGTH)
  private String invitee;

  @Column(name = "invited_by", nullable = false, length = MemberId.MAX_LENGTH)
  private String invitedBy;

  @Column(name = "tier", nullable = false, length = 16)
  private String tier;

  @Column(name = "message", nullable = false, length = JoinRequest.MAX_MESSAGE)
  private String message;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "decided_by", length = MemberId.MAX_LENGTH)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "pending_key", length = PendingKey.MAX_LENGTH)
  private String pendingKey;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected InvitationRow() {}

  static InvitationRow fromDomain(Invitation invitation) {
    InvitationRow row = new InvitationRow();
    row.id = invitation.id().toString();
    row.communityId = invitation.community().toString();
    row.invitee = invitation.invitee().value();
    row.invitedBy = invitation.invitedBy().value();
    row.invitedAt = invitation.invitedAt();
    row.version = invitation.version();
    row.copyChanges(invitation);
    return row;
  }

  /** Copies the tier, the message and the status; the version is left to JPA. */
  void copyChanges(Invitation invitation) {
    tier = invitation.tier().name();
    message = invitation.message();
    decidedBy = null;
    decidedAt = null;
    pendingKey = null;
    if (invitation.status() instanceof InvitationStatus.Pending) {
      status = PENDING;
      pendingKey = PendingKey.of(invitation.community(), invitation.invitee());
    } else if (invitation.status() instanceof InvitationStatus.Accepted accepted) {
      status = ACCEPTED;
      decidedAt = accepted.at();
    } else if (invitation.status() instanceof InvitationStatus.Declined declined) {
      status = DECLINED;
      decidedAt = declined.at();
    } else if (invitation.status() instanceof InvitationStatus.Revoked revoked) {
      status = REVOKED;
      decidedBy = revoked.by().value();
      decidedAt = revoked.at();
    } else {
      throw new IllegalArgumentException("unknown invitation status " + invitation.status());
    }
  }

  Invitation toDomain() {
    return new Invitation(
        InvitationId.of(id),
        CommunityId.of(communityId),
        MemberId.of(invitee),
        MemberId.of(invitedBy),
        Tier.valueOf(tier),
        message,
        invitedAt,
        statusToDomain(),
        version);
  }

  private InvitationStatus statusToDomain() {
    return switch (status) {
      case PENDING -> new InvitationStatus.Pending();
      case ACCEPTED -> new InvitationStatus.Accepted(decidedAt);
      case DECLINED -> new InvitationStatus.Declined(decidedAt);
      case REVOKED -> new InvitationStatus.Revoked(MemberId.of(decidedBy), decidedAt);
      default -> throw new IllegalStateException("invitation " + id + " has an unknown status " + status);
    };
  }

  long version() {
    return version;
  }
}
