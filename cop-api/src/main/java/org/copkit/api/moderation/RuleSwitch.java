package org.copkit.api.moderation;

import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Whether a moderation rule runs in one community, as its e-moderators last set it. A rule a
 * community has no switch for runs; a rule the host made always-on runs whatever the switch says.
 *
 * @param community the community
 * @param rule the rule's name
 * @param on whether it runs there
 * @param by who set it
 * @param at when
 */
public record RuleSwitch(CommunityId community, String rule, boolean on, MemberId by, Instant at) {

  /** The longest name of a rule. */
  public static final int RULE_NAME_LENGTH = 64;

  /** Validates the fields. */
  public RuleSwitch {
    Validation.required("community", community);
    rule = Validation.name("rule", rule, RULE_NAME_LENGTH);
    Validation.required("by", by);
    Validation.required("at", at);
  }
}
