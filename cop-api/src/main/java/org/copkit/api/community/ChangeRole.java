package org.copkit.api.community;

import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Command: grant or revoke a role. MEMBER cannot be granted or revoked: every member holds it.
 *
 * @param community the community
 * @param member whose roles change
 * @param role E_MODERATOR or EXPERT
 */
public record ChangeRole(CommunityId community, MemberId member, Role role) {

  /** Validates the fields. */
  public ChangeRole {
    Validation.required("community", community);
    Validation.required("member", member);
    Validation.required("role", role);
    if (role == Role.MEMBER) {
      throw new InvalidInputException("role", "must be E_MODERATOR or EXPERT");
    }
  }
}
