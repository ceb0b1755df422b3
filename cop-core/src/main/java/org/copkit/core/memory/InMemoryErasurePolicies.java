package org.copkit.core.memory;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.copkit.api.community.CommunityId;
import org.copkit.api.privacy.ErasurePolicy;
import org.copkit.api.privacy.port.ErasurePolicies;

final class InMemoryErasurePolicies implements ErasurePolicies {

  private record Stored(CommunityId community, ErasurePolicy policy) {}

  private final VersionedStore<CommunityId, Stored> policies;

  InMemoryErasurePolicies(InMemoryTransactions transactions) {
    this.policies = VersionedStore.unversioned(transactions, "erasure policy");
  }

  @Override
  public void set(CommunityId community, ErasurePolicy policy) {
    policies.put(community, previous -> new Stored(community, policy));
  }

  @Override
  public Optional<ErasurePolicy> of(CommunityId community) {
    return policies.find(community).map(Stored::policy);
  }

  @Override
  public Set<CommunityId> removing() {
    return policies.all().stream().filter(p -> p.policy() == ErasurePolicy.REMOVE).map(Stored::community)
        .collect(Collectors.toUnmodifiableSet());
  }
}
