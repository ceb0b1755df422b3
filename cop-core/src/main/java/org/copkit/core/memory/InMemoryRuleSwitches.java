package org.copkit.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.RuleSwitch;
import org.copkit.api.moderation.port.RuleSwitches;
import org.copkit.api.shared.Validation;

/** {@link RuleSwitches} in memory: each community's switches, by rule, replaced as a whole. */
final class InMemoryRuleSwitches implements RuleSwitches {

  private final VersionedStore<CommunityId, Map<String, RuleSwitch>> switches;

  InMemoryRuleSwitches(InMemoryTransactions transactions) {
    this.switches = VersionedStore.unversioned(transactions, "rule switches");
  }

  @Override
  public void put(RuleSwitch ruleSwitch) {
    Validation.required("ruleSwitch", ruleSwitch);
    switches.put(ruleSwitch.community(), previous -> {
      Map<String, RuleSwitch> next = previous == null ? new HashMap<>() : new HashMap<>(previous);
      next.put(ruleSwitch.rule(), ruleSwitch);
      return Map.copyOf(next);
    });
  }

  @Override
  public List<RuleSwitch> of(CommunityId community) {
    Validation.required("community", community);
    return switches.find(community).map(Map::values).orElse(List.of()).stream()
        .sorted(Comparator.comparing(RuleSwitch::rule))
        .toList();
  }
}
