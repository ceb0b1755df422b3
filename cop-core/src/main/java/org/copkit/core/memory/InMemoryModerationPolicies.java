package org.copkit.core.memory;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.port.ModerationPolicies;

final class InMemoryModerationPolicies implements ModerationPolicies {

  private final VersionedStore<CommunityId, ModerationPolicy> policies;

  InMemoryModerationPolicies(InMemoryTransactions transactions) {
    this.policies = VersionedStore.unversioned(transactions, "moderation policy");
  }

  @Override
  public void put(CommunityId community, ModerationPolicy policy) {
    policies.put(community, previous -> policy);
  }

  @Override
  public Optional<ModerationPolicy> find(CommunityId community) {
    return policies.find(community);
  }
}
