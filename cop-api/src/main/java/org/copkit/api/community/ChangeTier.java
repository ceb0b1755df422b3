package org.copkit.api.community;

import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Command: promote or demote a member between tiers.
 *
 * @param community the community
 * @param member whose tier changes
 * @param tier the new tier
 * @param reason why, kept in the audit trail (may be empty)
 */
public record ChangeTier(CommunityId community, MemberId member, Tier tier, String reason) {

  /** Validates the fields. */
  public ChangeTier {
    Validation.required("community", community);
    Validation.required("member", member);
    Validation.required("tier", tier);
    reason = Validation.optionalText("reason", reason, 1000);
  }
}
