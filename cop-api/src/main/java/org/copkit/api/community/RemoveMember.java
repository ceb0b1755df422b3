package org.copkit.api.community;

import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Command: remove a member from a community.
 *
 * @param community the community
 * @param member who is removed
 * @param reason why, kept in the audit trail
 */
public record RemoveMember(CommunityId community, MemberId member, String reason) {

  /** Validates the fields. */
  public RemoveMember {
    Validation.required("community", community);
    Validation.required("member", member);
    reason = Validation.text("reason", reason, 1000);
  }
}
