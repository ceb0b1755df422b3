package org.copkit.api.community;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.MemberId;

/**
 * The domain events of communities and their membership. Sealed, so a host's listener can switch
 * over all of them.
 */
public sealed interface CommunityEvent extends DomainEvent {

  /** @return the community it happened in */
  CommunityId community();

  /** How a person came to be a member. */
  enum JoinRoute {
    /** They proposed the community. */
    FOUNDER,
    /** They joined an OPEN community. */
    OPEN,
    /** An e-moderator approved their request. */
    REQUEST,
    /** They accepted an invitation. */
    INVITATION
  }

  /**
   * A community was proposed.
   *
   * @param community the community
   * @param name its name
   * @param visibility its visibility
   * @param actor who proposed it
   * @param occurredAt when
   */
  record CommunityCreated(
      CommunityId community, String name, Visibility visibility, Optional<MemberId> actor, Instant occurredAt)
      implements CommunityEvent {}

  /**
   * Name, domain, purpose or visibility changed.
   *
   * @param community the community
   * @param details the new details
   * @param actor who changed them
   * @param occurredAt when
   */
  record CommunityDetailsChanged(
      CommunityId community, CommunityDetails details, Optional<MemberId> actor, Instant occurredAt)
      implements CommunityEvent {}

  /**
   * The community moved to another stage.
   *
   * @param community the community
   * @param from the stage before
   * @param to the stage after
   * @param reason why
   * @param actor who moved it, empty for the platform's policy
   * @param occurredAt when
   */
  record StageChanged(
      CommunityId community, Stage from, Stage to, String reason, Optional<MemberId> actor, Instant occurredAt)
      implements CommunityEvent {}

  /**
   * A person became a member.
   *
   * @param community the community
   * @param member the new member
   * @param tier their tier
   * @param route how they came in
   * @param actor who let them in (themselves for OPEN, FOUNDER and INVITATION)
   * @param occurredAt when
   */
  record MemberJoined(
      CommunityId community, MemberId member, Tier tier, JoinRoute route, Optional<MemberId> actor, Instant occurredAt)
      implements CommunityEvent {}

  /**
   * A person asked to join a CLOSED community.
   *
   * @param community the community
   * @param request the request
   * @param actor the requester
   * @param occurredAt when
   */
  record JoinRequested(
      CommunityId community, JoinRequestId request, Optional<MemberId> actor, Instant occurredAt)
      implements CommunityEvent {}

  /**
   * A join request was declined.
   *
   * @param community the community
   * @param request the request
   * @param requester who had asked
   * @param reason why, shown to them
   * @param actor who declined
   * @param occurredAt when
   */
  record JoinRequestDeclined(
      CommunityId community, JoinRequestId request, MemberId requester, String reason, Optional<MemberId> actor,
      Instant occurredAt)
      implements CommunityEvent {}

  /**
   * A requester withdrew their request.
   *
   * @param community the community
   * @param request the request
   * @param actor the requester
   * @param occurredAt when
   */
  record JoinRequestWithdrawn(
      CommunityId community, JoinRequestId request, Optional<MemberId> actor, Instant occurredAt)
      implements CommunityEvent {}

  /**
   * A person was invited.
   *
   * @param community the community
   * @param invitation the invitation
   * @param invitee who was invited
   * @param actor who invited them
   * @param occurredAt when
   */
  record MemberInvited(
      CommunityId community, InvitationId invitation, MemberId invitee, Optional<MemberId> actor, Instant occurredAt)
      implements CommunityEvent {}

  /**
   * An invitation was declined by the invitee or revoked by an e-moderator.
   *
   * @param community the community
   * @param invitation the invitation
   * @param status how it ended
   * @param actor who ended it
   * @param occurredAt when
   */
  record InvitationClosed(
      CommunityId community, InvitationId invitation, Invitation.InvitationStatus status, Optional<MemberId> actor,
      Instant occurredAt)
      implements CommunityEvent {}

  /**
   * A member left of their own accord.
   *
   * @param community the community
   * @param member who left
   * @param actor the same member
   * @param occurredAt when
   */
  record MemberLeft(CommunityId community, MemberId member, Optional<MemberId> actor, Instant occurredAt)
      implements CommunityEvent {}

  /**
   * A member was removed.
   *
   * @param community the community
   * @param member who was removed
   * @param reason why
   * @param actor who removed them
   * @param occurredAt when
   */
  record MemberRemoved(
      CommunityId community, MemberId member, String reason, Optional<MemberId> actor, Instant occurredAt)
      implements CommunityEvent {}

  /**
   * A member was promoted or demoted between tiers.
   *
   * @param community the community
   * @param member whose tier changed
   * @param from the tier before
   * @param to the tier after
   * @param actor who changed it
   * @param occurredAt when
   */
  record TierChanged(
      CommunityId community, MemberId member, Tier from, Tier to, Optional<MemberId> actor, Instant occurredAt)
      implements CommunityEvent {}

  /**
   * A role was granted.
   *
   * @param community the community
   * @param member who received it
   * @param role the role
   * @param actor who granted it
   * @param occurredAt when
   */
  record RoleGranted(
      CommunityId community, MemberId member, Role role, Optional<MemberId> actor, Instant occurredAt)
      implements CommunityEvent {}

  /**
   * A role was revoked.
   *
   * @param community the community
   * @param member who lost it
   * @param role the role
   * @param actor who revoked it
   * @param occurredAt when
   */
  record RoleRevoked(
      CommunityId community, MemberId member, Role role, Optional<MemberId> actor, Instant occurredAt)
      implements CommunityEvent {}
}
