package org.copkit.jpa.moderation;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.port.ModerationPolicies;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link ModerationPolicies} on JPA: {@code cop_moderation_policy}, one row per community at most. */
final class JpaModerationPolicies implements ModerationPolicies {

  private final JpaTransactions transactions;

  JpaModerationPolicies(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void put(CommunityId community, ModerationPolicy policy) {
    String what = "moderation policy of community " + community;
    ModerationPolicyRow row = transactions.entityManager().find(ModerationPolicyRow.class, community.toString());
    if (row == null) {
      transactions.insert(new ModerationPolicyRow(community, policy), what);
    } else {
      row.copyChanges(policy);
      transactions.flush(what);
    }
  }

  @Override
  public Optional<ModerationPolicy> find(CommunityId community) {
    return Optional.ofNullable(transactions.entityManager().find(ModerationPolicyRow.class, community.toString()))
        .map(ModerationPolicyRow::toDomain);
  }
}
