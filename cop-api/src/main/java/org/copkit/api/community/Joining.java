package org.copkit.api.community;

import org.copkit.api.shared.MemberId;

/**
 * Use case: how people come into a community and leave it.
 *
 * <p>Every method takes the acting person first; the core authorizes them, deny by default.
 */
public interface Joining {

  /**
   * Asks to join. OPEN: the actor joins at once as a PARTICIPANT. CLOSED: a request waits for the
   * e-moderators. SECRET: only a pending invitation lets the actor in; without one the community
   * is not found. In every case a pending invitation is accepted.
   *
   * @param actor who wants in
   * @param community the community
   * @param message what they say to the e-moderators (CLOSED only), possibly empty
   * @return joined, or requested
   */
  JoinOutcome join(MemberId actor, CommunityId community, String message);

  /**
   * Withdraws the actor's own pending request.
   *
   * @param actor the requester
   * @param request the request
   * @return the withdrawn request
   */
  JoinRequest withdraw(MemberId actor, JoinRequestId request);

  /**
   * Approves a pending request. E-moderators and administrators only.
   *
   * @param actor who approves
   * @param command the request and the tier the requester joins
   * @return the new membership
   */
  Membership approve(MemberId actor, ApproveRequest command);

  /**
   * Declines a pending request, with a reason shown to the requester. E-moderators and
   * administrators only.
   *
   * @param actor who declines
   * @param command the request and the reason
   * @return the declined request
   */
  JoinRequest decline(MemberId actor, DeclineRequest command);

  /**
   * Invites a person. E-moderators and administrators only.
   *
   * @param actor who invites
   * @param command who, to which community, in which tier
   * @return the pending invitation
   */
  Invitation invite(MemberId actor, Invite command);

  /**
   * Accepts an invitation addressed to the actor.
   *
   * @param actor the invitee
   * @param invitation the invitation
   * @return the new membership
   */
  Membership accept(MemberId actor, InvitationId invitation);

  /**
   * Declines an invitation addressed to the actor.
   *
   * @param actor the invitee
   * @param invitation the invitation
   * @return the declined invitation
   */
  Invitation declineInvitation(MemberId actor, InvitationId invitation);

  /**
   * Revokes a pending invitation. E-moderators and administrators only.
   *
   * @param actor who revokes
   * @param invitation the invitation
   * @return the revoked invitation
   */
  Invitation revoke(MemberId actor, InvitationId invitation);

  /**
   * Leaves a community. The last e-moderator cannot leave until another is named.
   *
   * @param actor the member who leaves
   * @param community the community
   */
  void leave(MemberId actor, CommunityId community);
}
