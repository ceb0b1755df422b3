package org.copkit.jpa.privacy;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.copkit.api.community.CommunityId;
import org.copkit.api.privacy.ErasurePolicy;
import org.copkit.api.privacy.port.ErasurePolicies;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link ErasurePolicies} on JPA: {@code cop_erasure_policy}. */
final class JpaErasurePolicies implements ErasurePolicies {

  private final JpaTransactions transactions;

  JpaErasurePolicies(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void set(CommunityId community, ErasurePolicy policy) {
    ErasurePolicyRow row = transactions.entityManager().find(ErasurePolicyRow.class, community.toString());
    if (row == null) {
      transactions.insert(new ErasurePolicyRow(community, policy), "erasure policy of community " + community);
    } else {
      row.policy(policy);
      transactions.flush("erasure policy of community " + community);
    }
  }

  @Override
  public Optional<ErasurePolicy> of(CommunityId community) {
    return Optional.ofNullable(transactions.entityManager().find(ErasurePolicyRow.class, community.toString()))
        .map(ErasurePolicyRow::policy);
  }

  @Override
  public Set<CommunityId> removing() {
    return transactions.entityManager()
        .createQuery("select p from CopErasurePolicy p where p.policy = :policy", ErasurePolicyRow.class)
        .setParameter("policy", ErasurePolicy.REMOVE)
        .getResultStream().map(ErasurePolicyRow::community).collect(Collectors.toUnmodifiableSet());
  }
}
