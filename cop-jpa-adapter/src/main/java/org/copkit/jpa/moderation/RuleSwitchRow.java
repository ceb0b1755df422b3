package org.copkit.jpa.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.RuleSwitch;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_rule_switch}: one community's switch for one moderation rule. Its key joins
 * the community and the rule ({@code <community>/<rule>}), so a community holds one switch per rule;
 * a new switch replaces the old one whole, so the row carries no version: the last to write wins.
 */
@Entity(name = "CopRuleSwitch")
@Table(name = "cop_rule_switch")
class RuleSwitchRow {

  @Id
  @Column(name = "switch_key", length = 101)
  private String key;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "rule_name", nullable = false, length = RuleSwitch.RULE_NAME_LENGTH)
  private String rule;

  @Column(name = "rule_on", nullable = false)
  private boolean on;

  @Column(name = "switched_by", nullable = false, length = MemberId.MAX_LENGTH)
  private String switchedBy;

  @Column(name = "switched_at", nullable = false)
  private Instant switchedAt;

  /** For JPA. */
  protected RuleSwitchRow() {}

  RuleSwitchRow(RuleSwitch ruleSwitch) {
    this.key = key(ruleSwitch.community(), ruleSwitch.rule());
    this.communityId = ruleSwitch.community().toString();
    this.rule = ruleSwitch.rule();
    copyChanges(ruleSwitch);
  }

  static String key(CommunityId community, String rule) {
    return community + "/" + rule;
  }

  /** Copies what a new switch changes. */
  void copyChanges(RuleSwitch ruleSwitch) {
    on = ruleSwitch.on();
    switchedBy = ruleSwitch.by().value();
    switchedAt = ruleSwitch.at();
  }

  RuleSwitch toDomain() {
    return new RuleSwitch(CommunityId.of(communityId), rule, on, MemberId.of(switchedBy), switchedAt);
  }
}
