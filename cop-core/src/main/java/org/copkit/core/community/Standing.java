package org.copkit.core.community;

import java.util.Optional;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;

/**
 * An actor's relation to one community, from which every authorization decision is made: deny
 * unless one of these methods says yes. Wiring for the core's features, obtained from {@link
 * CommunityGate}.
 *
 * @param actor who acts
 * @param community the community, as read in this unit of work
 * @param membership the actor's membership, if any
 * @param invited whether the actor has a pending invitation to it
 */
public record Standing(Actor actor, Community community, Optional<Membership> membership, boolean invited) {

  /** @return whether the community exists for the actor: SECRET ones only for members, invitees and admins */
  public boolean canSee() {
    return community.visibility() != Visibility.SECRET
        || membership.isPresent()
        || invited
        || actor.isAdministrator();
  }

  /** @return whether the actor belongs to the community */
  public boolean isMember() {
    return membership.isPresent();
  }

  /** @return whether the actor is one of its e-moderators */
  public boolean isEModerator() {
    return membership.filter(m -> m.has(Role.E_MODERATOR)).isPresent();
  }

  /** @return whether the actor may moderate it: an e-moderator or an administrator */
  public boolean canModerate() {
    return isEModerator() || actor.isAdministrator();
  }

  /** @return whether the actor uses administrator powers, rather than their own, to moderate */
  public boolean actsAsAdministrator() {
    return actor.isAdministrator() && !isEModerator();
  }

  /**
   * @return whether the actor may read its members and content: anyone who sees an OPEN
   *     community, members (and admins) of CLOSED and SECRET ones
   */
  public boolean canRead() {
    return community.visibility() == Visibility.OPEN ? canSee() : isMember() || actor.isAdministrator();
  }

  /** @return whether the actor may write in it: members who are not OBSERVERs, and admins */
  public boolean canWrite() {
    return membership.filter(m -> m.tier() != Tier.OBSERVER).isPresent() || actor.isAdministrator();
  }

  /**
   * @param audience an audience
   * @return whether the actor may see what is meant for it: CORE content only for CORE members
   *     and admins
   */
  public boolean sees(Audience audience) {
    return canRead()
        && (audience == Audience.COMMUNITY
            || membership.filter(m -> m.tier() == Tier.CORE).isPresent()
            || actor.isAdministrator());
  }
}
