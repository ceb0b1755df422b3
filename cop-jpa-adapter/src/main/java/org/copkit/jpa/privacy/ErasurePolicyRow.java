package org.copkit.jpa.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.copkit.api.community.CommunityId;
import org.copkit.api.privacy.ErasurePolicy;

/** A row of {@code cop_erasure_policy}: one community's erasure policy; the last to write wins. */
@Entity(name = "CopErasurePolicy")
@Table(name = "cop_erasure_policy")
class ErasurePolicyRow {

  @Id
  @Column(name = "community_id", length = 36)
  private String communityId;

  @Enumerated(EnumType.STRING)
  @Column(name = "policy", nullable = false, length = 16)
  private ErasurePolicy policy;

  /** For JPA. */
  protected ErasurePolicyRow() {}

  ErasurePolicyRow(CommunityId community, ErasurePolicy policy) {
    this.communityId = community.toString();
    this.policy = policy;
  }

  void policy(ErasurePolicy policy) {
    this.policy = policy;
  }

  CommunityId community() {
    return CommunityId.of(communityId);
  }

  ErasurePolicy policy() {
    return policy;
  }
}
