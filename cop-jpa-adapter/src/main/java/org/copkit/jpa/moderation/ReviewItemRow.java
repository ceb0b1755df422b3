package org.copkit.jpa.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.Post;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewItemId;
import org.copkit.api.moderation.ReviewStatus;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_review_item}: one {@link ReviewItem}, its subject stored as its {@linkplain
 * ModerationSubject#key() key}. The sealed status is a {@code status} name plus the columns its
 * variants carry ({@code status_by} and {@code status_at} for Escalated and Decided, {@code
 * escalation_note} for Escalated), NULL where a variant has no such field; a Decided item's sealed
 * {@link Decision} is a {@code decision} name plus {@code decision_body} (EditAndApprove) and {@code
 * decision_reasons} (Reject and EditAndApprove). The {@code open_key} is set while the item is
 * pending or escalated.
 */
@Entity(name = "CopReviewItem")
@Table(name = "cop_review_item")
class ReviewItemRow {

  /** The names in the {@code status} column. */
  static final String PENDING = "PENDING";

  static final String ESCALATED = "ESCALATED";
  private static final String DECIDED = "DECIDED";

  /** The names in the {@code decision} column. */
  private static final String APPROVE = "APPROVE";

  private static final String REJECT = "REJECT";
  private static final String EDIT_AND_APPROVE = "EDIT_AND_APPROVE";

  /** The longest reason for holding a post: a rule's reason, or CoPKit's own for pre-moderation. */
  static final int MAX_HELD_BECAUSE = 2000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "subject", nullable = false, length = OpenKey.MAX_SUBJECT)
  private String subject;

  @Column(name = "held_because", length = MAX_HELD_BECAUSE)
  private String heldBecause;

  @Column(name = "flag_weight", nullable = false)
  private double flagWeight;

  @Column(name = "flag_count", nullable = false)
  private int flags;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "status_by", length = MemberId.MAX_LENGTH)
  private String statusBy;

  @Column(name = "status_at")
  private Instant statusAt;

  @Column(name = "escalation_note", length = 2000)
  private String escalationNote;

  @Column(name = "decision", length = 16)
  private String decision;

  @Column(name = "decision_body", length = Post.MAX_BODY)
  private String decisionBody;

  @Column(name = "decision_reasons", length = 2000)
  private String decisionReasons;

  @Column(name = "open_key", length = OpenKey.MAX_REVIEW_ITEM)
  private String openKey;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected ReviewItemRow() {}

  static ReviewItemRow fromDomain(ReviewItem item) {
    ReviewItemRow row = new ReviewItemRow();
    row.id = item.id().toString();
    row.version = item.version();
    row.copyChanges(item);
    return row;
  }

  /** Copies every field but the ID; the version is left to JPA. */
  void copyChanges(ReviewItem item) {
    communityId = item.community().toString();
    subject = item.subject().key();
    heldBecause = item.heldBecause().orElse(null);
    flagWeight = item.flagWeight();
    flags = item.flags();
    openedAt = item.openedAt();
    copyStatus(item.status());
    openKey = item.status().isOpen() ? OpenKey.ofReviewItem(item.community(), item.subject()) : null;
  }

  private void copyStatus(ReviewStatus next) {
    statusBy = null;
    statusAt = null;
    escalationNote = null;
    decision = null;
    decisionBody = null;
    decisionReasons = null;
    if (next instanceof ReviewStatus.Pending) {
      status = PENDING;
    } else if (next instanceof ReviewStatus.Escalated escalated) {
      status = ESCALATED;
      statusBy = escalated.by().value();
      statusAt = escalated.at();
      escalationNote = escalated.note();
    } else if (next instanceof ReviewStatus.Decided decided) {
      status = DECIDED;
      statusBy = decided.by().value();
      statusAt = decided.at();
      copyDecision(decided.decision());
    } else {
      throw new IllegalArgumentException("unknown review status " + next);
    }
  }

  private void copyDecision(Decision next) {
    if (next instanceof Decision.Approve) {
      decision = APPROVE;
    } else if (next instanceof Decision.Reject reject) {
      decision = REJECT;
      decisionReasons = reject.statementOfReasons();
    } else if (next instanceof Decision.EditAndApprove edit) {
      decision = EDIT_AND_APPROVE;
      decisionBody = edit.body();
      decisionReasons = edit.statementOfReasons();
    } else {
      throw new IllegalArgumentException("a decided review item cannot hold the decision " + next);
    }
  }

  ReviewItem toDomain() {
    return new ReviewItem(
        ReviewItemId.of(id),
        CommunityId.of(communityId),
        ModerationSubject.parse(subject),
        Optional.ofNullable(heldBecause),
        flagWeight,
        flags,
        openedAt,
        statusToDomain(),
        version);
  }

  private ReviewStatus statusToDomain() {
    return switch (status) {
      case PENDING -> new ReviewStatus.Pending();
      case ESCALATED -> new ReviewStatus.Escalated(MemberId.of(statusBy), statusAt, escalationNote);
      case DECIDED -> new ReviewStatus.Decided(decisionToDomain(), MemberId.of(statusBy), statusAt);
      default -> throw new IllegalStateException("review item " + id + " has an unknown status " + status);
    };
  }

  private Decision decisionToDomain() {
    return switch (decision) {
      case APPROVE -> new Decision.Approve();
      case REJECT -> new Decision.Reject(decisionReasons);
      case EDIT_AND_APPROVE -> new Decision.EditAndApprove(decisionBody, decisionReasons);
      default -> throw new IllegalStateException("review item " + id + " has an unknown decision " + decision);
    };
  }

  long version() {
    return version;
  }
}
