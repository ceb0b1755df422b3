package org.copkit.api.moderation.port;

import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.RuleSwitch;

/**
 * Outbound port: communities' switches for moderation rules, one per community and rule at most.
 * Contract: {@code org.copkit.tck.moderation.RuleSwitchesContract}.
 */
public interface RuleSwitches {

  /**
   * Stores a switch, replacing the community's switch for the same rule.
   *
   * @param ruleSwitch the switch
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when a concurrent transaction stored
   *     the community's first switch for that rule first
   */
  void put(RuleSwitch ruleSwitch);

  /**
   * @param community the community
   * @return its switches, ordered by rule name
   */
  List<RuleSwitch> of(CommunityId community);
}
