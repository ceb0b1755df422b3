package org.copkit.core.community;

import org.copkit.api.shared.AuditAction;
import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.ApproveRequest;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityEvent;
import org.copkit.api.community.CommunityEvent.JoinRoute;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.DeclineRequest;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.Invitation.InvitationStatus;
import org.copkit.api.community.InvitationId;
import org.copkit.api.community.Invite;
import org.copkit.api.community.JoinOutcome;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.JoinRequest.RequestStatus;
import org.copkit.api.community.JoinRequestId;
import org.copkit.api.community.Joining;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Tier;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;

final class JoiningService implements Joining {

  private final CommunityWork work;
  private final MembershipRules rules;

  JoiningService(CommunityWork work, MembershipRules rules) {
    this.work = work;
    this.rules = rules;
  }

  @Override
  public JoinOutcome join(MemberId actorId, CommunityId community, String message) {
    String text = Validation.optionalText("message", message, JoinRequest.MAX_MESSAGE);
    return work.command(
        () -> {
          Standing standing = work.standing(work.actor(actorId), community);
          Community current = standing.community();
          CommunityWork.requireWritable(current);
          requireNotMember(standing);
          Optional<Invitation> invitation = work.storage.invitations().findPending(community, actorId);
          if (invitation.isPresent()) {
            return new JoinOutcome.Joined(acceptInvitation(standing, invitation.get()));
          }
          return switch (current.visibility()) {
            case OPEN -> new JoinOutcome.Joined(
                rules.admit(standing, actorId, Tier.PARTICIPANT, JoinRoute.OPEN, AuditAction.MEMBER_JOINED, ""));
            case CLOSED -> new JoinOutcome.Requested(request(standing, text));
            // Only an administrator sees a SECRET community without belonging or being invited:
            // even they come in by invitation.
            case SECRET -> throw new AccessDeniedException(actorId, "join a SECRET community without an invitation");
          };
        });
  }

  private JoinRequest request(Standing standing, String message) {
    CommunityId community = standing.community().id();
    if (work.storage.joinRequests().findPending(community, standing.actor().id()).isPresent()) {
      throw ConflictException.duplicate("pending join request of " + standing.actor().id() + " in " + community);
    }
    Instant now = work.now();
    JoinRequest request =
        new JoinRequest(JoinRequestId.random(), community, standing.actor().id(), message, now, new RequestStatus.Pending(), 0);
    work.storage.joinRequests().add(request);
    work.audit(standing, AuditAction.JOIN_REQUESTED, Optional.of(standing.actor().id()), "", message);
    work.publish(new CommunityEvent.JoinRequested(community, request.id(), Optional.of(standing.actor().id()), now));
    return request;
  }

  @Override
  public JoinRequest withdraw(MemberId actorId, JoinRequestId requestId) {
    Validation.required("request", requestId);
    return work.command(
        () -> {
          Actor actor = work.actor(actorId);
          JoinRequest request = pendingRequest(actor, requestId);
          Standing standing = work.standingAt(actor, request.community(), "join request", requestId.toString());
          if (!request.requester().equals(actor.id()) && !actor.isAdministrator()) {
            throw new AccessDeniedException(actor.id(), "withdraw another person's join request");
          }
          Instant now = work.now();
          JoinRequest withdrawn = work.storage.joinRequests().update(request.withStatus(new RequestStatus.Withdrawn(now)));
          work.audit(standing, AuditAction.JOIN_REQUEST_WITHDRAWN, Optional.of(request.requester()), "", "");
          work.publish(new CommunityEvent.JoinRequestWithdrawn(request.community(), request.id(), Optional.of(actor.id()), now));
          return withdrawn;
        });
  }

  @Override
  public Membership approve(MemberId actorId, ApproveRequest command) {
    Validation.required("command", command);
    return work.command(
        () -> {
          Actor actor = work.actor(actorId);
          JoinRequest request = pendingRequest(actor, command.request());
          Standing standing = work.moderating(actor, request.community(), "approve join requests");
          CommunityWork.requireWritable(standing.community());
          work.storage.joinRequests().update(request.withStatus(new RequestStatus.Approved(actor.id(), work.now())));
          return rules.admit(
              standing, request.requester(), command.tier(), JoinRoute.REQUEST, AuditAction.JOIN_REQUEST_APPROVED, "");
        });
  }

  @Override
  public JoinRequest decline(MemberId actorId, DeclineRequest command) {
    Validation.required("command", command);
    return work.command(
        () -> {
          Actor actor = work.actor(actorId);
          JoinRequest request = pendingRequest(actor, command.request());
          Standing standing = work.moderating(actor, request.community(), "decline join requests");
          CommunityWork.requireWritable(standing.community());
          Instant now = work.now();
          JoinRequest declined =
              work.storage.joinRequests()
                  .update(request.withStatus(new RequestStatus.Declined(actor.id(), now, command.reason())));
          work.audit(standing, AuditAction.JOIN_REQUEST_DECLINED, Optional.of(request.requester()), "", command.reason());
          work.publish(
              new CommunityEvent.JoinRequestDeclined(
                  request.community(), request.id(), request.requester(), command.reason(), Optional.of(actor.id()), now));
          return declined;
        });
  }

  @Override
  public Invitation invite(MemberId actorId, Invite command) {
    Validation.required("command", command);
    return work.command(
        () -> {
          Standing standing = work.moderating(work.actor(actorId), command.community(), "invite people");
          CommunityWork.requireWritable(standing.community());
          work.person("invitee", command.invitee());
          if (work.storage.memberships().find(command.community(), command.invitee()).isPresent()) {
            throw ConflictException.duplicate("membership of " + command.invitee() + " in " + command.community());
          }
          if (work.storage.invitations().findPending(command.community(), command.invitee()).isPresent()) {
            throw ConflictException.duplicate("pending invitation of " + command.invitee() + " to " + command.community());
          }
          Instant now = work.now();
          Invitation invitation =
              new Invitation(
                  InvitationId.random(), command.community(), command.invitee(), standing.actor().id(), command.tier(),
                  command.message(), now, new InvitationStatus.Pending(), 0);
          work.storage.invitations().add(invitation);
          work.audit(standing, AuditAction.MEMBER_INVITED, Optional.of(command.invitee()), command.tier().name(), "");
          work.publish(
              new CommunityEvent.MemberInvited(
                  command.community(), invitation.id(), command.invitee(), Optional.of(standing.actor().id()), now));
          return invitation;
        });
  }

  @Override
  public Membership accept(MemberId actorId, InvitationId invitationId) {
    Validation.required("invitation", invitationId);
    return work.command(
        () -> {
          Actor actor = work.actor(actorId);
          Invitation invitation = ownPendingInvitation(actor, invitationId);
          Standing standing = work.standing(actor, invitation.community());
          CommunityWork.requireWritable(standing.community());
          requireNotMember(standing);
          return acceptInvitation(standing, invitation);
        });
  }

  private Membership acceptInvitation(Standing standing, Invitation invitation) {
    Instant now = work.now();
    work.storage.invitations().update(invitation.withStatus(new InvitationStatus.Accepted(now)));
    work.storage.joinRequests()
        .findPending(invitation.community(), invitation.invitee())
        .ifPresent(r -> work.storage.joinRequests().update(r.withStatus(new RequestStatus.Approved(invitation.invitedBy(), now))));
    return rules.admit(
        standing, invitation.invitee(), invitation.tier(), JoinRoute.INVITATION, AuditAction.MEMBER_JOINED,
        "invited by " + invitation.invitedBy());
  }

  @Override
  public Invitation declineInvitation(MemberId actorId, InvitationId invitationId) {
    Validation.required("invitation", invitationId);
    return work.command(
        () -> {
          Actor actor = work.actor(actorId);
          Invitation invitation = ownPendingInvitation(actor, invitationId);
          Standing standing = work.standing(actor, invitation.community());
          return close(standing, invitation, new InvitationStatus.Declined(work.now()), AuditAction.INVITATION_DECLINED);
        });
  }

  @Override
  public Invitation revoke(MemberId actorId, InvitationId invitationId) {
    Validation.required("invitation", invitationId);
    return work.command(
        () -> {
          Actor actor = work.actor(actorId);
          Invitation invitation =
              work.storage.invitations()
                  .find(invitationId)
                  .orElseThrow(() -> new NotFoundException("invitation", invitationId.toString()));
          // Its invitee may know of it; anyone else who does not moderate there is told it does not exist.
          Standing standing = invitation.invitee().equals(actor.id())
              ? work.moderating(actor, invitation.community(), "revoke invitations")
              : work.moderatingAt(actor, invitation.community(), "invitation", invitationId.toString());
          requirePending(invitation.isPending(), "invitation " + invitationId);
          return close(standing, invitation, new InvitationStatus.Revoked(actor.id(), work.now()), AuditAction.INVITATION_REVOKED);
        });
  }

  private Invitation close(Standing standing, Invitation invitation, InvitationStatus status, AuditAction action) {
    Invitation closed = work.storage.invitations().update(invitation.withStatus(status));
    work.audit(standing, action, Optional.of(invitation.invitee()), "", "");
    work.publish(
        new CommunityEvent.InvitationClosed(
            invitation.community(), invitation.id(), status, Optional.of(standing.actor().id()), work.now()));
    return closed;
  }

  @Override
  public void leave(MemberId actorId, CommunityId community) {
    work.command(
        () -> {
          Standing standing = work.standing(work.actor(actorId), community);
          CommunityWork.requireWritable(standing.community());
          Membership membership =
              standing.membership().orElseThrow(() -> new NotFoundException("membership", actorId + " in " + community));
          rules.release(standing, membership, AuditAction.MEMBER_LEFT, "");
          return null;
        });
  }

  /**
   * A pending join request the actor may know about: their own, or one in a community they
   * moderate. Any other request is reported as missing, so IDs reveal nothing.
   */
  private JoinRequest pendingRequest(Actor actor, JoinRequestId id) {
    JoinRequest request =
        work.storage.joinRequests().find(id).orElseThrow(() -> new NotFoundException("join request", id.toString()));
    boolean mayKnow =
        request.requester().equals(actor.id())
            || actor.isAdministrator()
            || work.storage.memberships().find(request.community(), actor.id()).filter(Membership::isEModerator).isPresent();
    if (!mayKnow) {
      throw new NotFoundException("join request", id.toString());
    }
    requirePending(request.isPending(), "join request " + id);
    return request;
  }

  /** An invitation addressed to the actor; anyone else's is reported as missing. */
  private Invitation ownPendingInvitation(Actor actor, InvitationId id) {
    Invitation invitation =
        work.storage.invitations()
            .find(id)
            .filter(i -> i.invitee().equals(actor.id()))
            .orElseThrow(() -> new NotFoundException("invitation", id.toString()));
    requirePending(invitation.isPending(), "invitation " + id);
    return invitation;
  }

  private static void requirePending(boolean pending, String what) {
    if (!pending) {
      throw ConflictException.rule(what + " is no longer pending");
    }
  }

  private static void requireNotMember(Standing standing) {
    if (standing.isMember()) {
      throw ConflictException.duplicate("membership of " + standing.actor().id() + " in " + standing.community().id());
    }
  }
}
