package org.copkit.jpa.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.JoinRequest.RequestStatus;
import org.copkit.api.community.JoinRequestId;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_join_request}: one {@link JoinRequest}. The sealed status is a {@code status}
 * name plus the columns its variants carry ({@code decided_by}, {@code decided_at}, {@code reason}),
 * NULL where a variant has no such field.
 */
@Entity(name = "CopJoinRequest")
@Table(name = "cop_join_request")
class JoinRequestRow {

  /** The names in the {@code status} column. */
  static final String PENDING = "PENDING";

  private static final String APPROVED = "APPROVED";
  private static final String DECLINED = "DECLINED";
  private static final String WITHDRAWN = "WITHDRAWN";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "requester", nullable = false, length = MemberId.MAX_LENGTH)
  private String requester;

  @Column(name = "message", nullable = false, length = JoinRequest.MAX_MESSAGE)
  private String message;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "decided_by", length = MemberId.MAX_LENGTH)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "reason", length = 1000)
  private String reason;

  @Column(name = "pending_key", length = PendingKey.MAX_LENGTH)
  private String pendingKey;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected JoinRequestRow() {}

  static JoinRequestRow fromDomain(JoinRequest request) {
    JoinRequestRow row = new JoinRequestRow();
    row.id = request.id().toString();
    row.communityId = request.community().toString();
    row.requester = request.requester().value();
    row.message = request.message();
    row.requestedAt = request.requestedAt();
    row.version = request.version();
    row.copyChanges(request);
    return row;
  }

  /** Copies the message and the status; the version is left to JPA. */
  void copyChanges(JoinRequest request) {
    message = request.message();
    decidedBy = request.status().decidedBy().map(MemberId::value).orElse(null);
    decidedAt = null;
    reason = null;
    pendingKey = null;
    if (request.status() instanceof RequestStatus.Pending) {
      status = PENDING;
      pendingKey = PendingKey.of(request.community(), request.requester());
    } else if (request.status() instanceof RequestStatus.Approved approved) {
      status = APPROVED;
      decidedAt = approved.at();
    } else if (request.status() instanceof RequestStatus.Declined declined) {
      status = DECLINED;
      decidedAt = declined.at();
      reason = declined.reason();
    } else if (request.status() instanceof RequestStatus.Withdrawn withdrawn) {
      status = WITHDRAWN;
      decidedAt = withdrawn.at();
    } else {
      throw new IllegalArgumentException("unknown join request status " + request.status());
    }
  }

  JoinRequest toDomain() {
    return new JoinRequest(
        JoinRequestId.of(id), CommunityId.of(communityId), MemberId.of(requester), message, requestedAt, statusToDomain(), version);
  }

  private RequestStatus statusToDomain() {
    return switch (status) {
      case PENDING -> new RequestStatus.Pending();
      case APPROVED -> new RequestStatus.Approved(MemberId.of(decidedBy), decidedAt);
      case DECLINED -> new RequestStatus.Declined(MemberId.of(decidedBy), decidedAt, reason);
      case WITHDRAWN -> new RequestStatus.Withdrawn(decidedAt);
      default -> throw new IllegalStateException("join request " + id + " has an unknown status " + status);
    };
  }

  long version() {
    return version;
  }
}
