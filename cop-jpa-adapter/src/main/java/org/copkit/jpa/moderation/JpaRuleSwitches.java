package org.copkit.jpa.moderation;

import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.RuleSwitch;
import org.copkit.api.moderation.port.RuleSwitches;
import org.copkit.api.shared.Validation;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link RuleSwitches} on JPA: {@code cop_rule_switch}, one row per community and rule at most. */
final class JpaRuleSwitches implements RuleSwitches {

  private final JpaTransactions transactions;

  JpaRuleSwitches(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void put(RuleSwitch ruleSwitch) {
    Validation.required("ruleSwitch", ruleSwitch);
    String what = "switch of rule " + ruleSwitch.rule() + " in community " + ruleSwitch.community();
    RuleSwitchRow row = transactions.entityManager()
        .find(RuleSwitchRow.class, RuleSwitchRow.key(ruleSwitch.community(), ruleSwitch.rule()));
    if (row == null) {
      transactions.insert(new RuleSwitchRow(ruleSwitch), what);
    } else {
      row.copyChanges(ruleSwitch);
      transactions.flush(what);
    }
  }

  @Override
  public List<RuleSwitch> of(CommunityId community) {
    Validation.required("community", community);
    return transactions.entityManager()
        .createQuery("SELECT s FROM CopRuleSwitch s WHERE s.communityId = :community ORDER BY s.rule", RuleSwitchRow.class)
        .setParameter("community", community.toString())
        .getResultList().stream().map(RuleSwitchRow::toDomain).toList();
  }
}
