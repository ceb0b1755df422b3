package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.ReviewPolicy;

/** A row of {@code cop_review_policy}: one community's {@link ReviewPolicy}. */
@Entity(name = "CopReviewPolicy")
@Table(name = "cop_review_policy")
class PolicyRow {

  @Id
  @Column(name = "community_id", length = 36)
  private String communityId;

  @Column(name = "approvals_needed", nullable = false)
  private int approvalsNeeded;

  /** For JPA. */
  protected PolicyRow() {}

  static PolicyRow fromDomain(ReviewPolicy policy) {
    PolicyRow row = new PolicyRow();
    row.communityId = policy.community().toString();
    row.approvalsNeeded = policy.approvalsNeeded();
    return row;
  }

  void change(ReviewPolicy policy) {
    approvalsNeeded = policy.approvalsNeeded();
  }

  ReviewPolicy toDomain() {
    return new ReviewPolicy(CommunityId.of(communityId), approvalsNeeded);
  }
}
