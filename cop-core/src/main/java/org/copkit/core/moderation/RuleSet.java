package org.copkit.core.moderation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.RuleSwitch;
import org.copkit.api.moderation.port.RuleSwitches;

/**
 * The platform's moderation rules by name, in the order they run, and those the host made
 * always-on; with a community's switches, which of them run there.
 *
 * @param names every rule's name, in order
 * @param alwaysOn the rules no community can turn off
 */
record RuleSet(List<String> names, Set<String> alwaysOn) {

  RuleSet {
    names = List.copyOf(names);
    alwaysOn = Set.copyOf(alwaysOn);
  }

  /** @return every rule's name with whether it runs in the community */
  Map<String, Boolean> running(RuleSwitches switches, CommunityId community) {
    Map<String, Boolean> running = new LinkedHashMap<>();
    names.forEach(name -> running.put(name, true));
    for (RuleSwitch ruleSwitch : switches.of(community)) {
      if (running.containsKey(ruleSwitch.rule()) && !alwaysOn.contains(ruleSwitch.rule())) {
        running.put(ruleSwitch.rule(), ruleSwitch.on());
      }
    }
    return running;
  }
}
