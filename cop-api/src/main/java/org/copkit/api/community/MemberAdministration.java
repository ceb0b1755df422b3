package org.copkit.api.community;

import org.copkit.api.shared.MemberId;

/**
 * Use case: what e-moderators (and administrators) do to members: remove, promote, demote, grant
 * and revoke roles. A community always keeps at least one e-moderator.
 *
 * <p>Every method takes the acting person first; the core authorizes them, deny by default.
 */
public interface MemberAdministration {

  /**
   * Removes a member, with a reason kept in the audit trail.
   *
   * @param actor who removes
   * @param command the member and the reason
   */
  void remove(MemberId actor, RemoveMember command);

  /**
   * Moves a member to another tier. An e-moderator stays in CORE: revoke the role first.
   *
   * @param actor who changes it
   * @param command the member and the new tier
   * @return the changed membership
   */
  Membership changeTier(MemberId actor, ChangeTier command);

  /**
   * Grants a role. Granting E_MODERATOR moves the member to the CORE tier.
   *
   * @param actor who grants
   * @param command the member and the role
   * @return the changed membership
   */
  Membership grantRole(MemberId actor, ChangeRole command);

  /**
   * Revokes a role. The last e-moderator's role cannot be revoked.
   *
   * @param actor who revokes
   * @param command the member and the role
   * @return the changed membership
   */
  Membership revokeRole(MemberId actor, ChangeRole command);
}
