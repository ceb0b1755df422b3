package org.copkit.core.community;

import java.util.Optional;
import org.copkit.api.community.Community;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;

/**
 * An actor's relation to one community, from which every authorization decision is made: deny
 * unless one of these methods says yes.
 */
record Standing(Actor actor, Community community, Optional<Membership> membership, boolean invited) {

  /** SECRET communities exist only for their members, the people invited to them and admins. */
  boolean canSee() {
    return community.visibility() != Visibility.SECRET
        || membership.isPresent()
        || invited
        || actor.isAdministrator();
  }

  boolean isMember() {
    return membership.isPresent();
  }

  boolean isEModerator() {
    return membership.filter(m -> m.has(Role.E_MODERATOR)).isPresent();
  }

  boolean canModerate() {
    return isEModerator() || actor.isAdministrator();
  }

  /** Whether the actor uses platform-administrator powers, rather than their own, to moderate. */
  boolean actsAsAdministrator() {
    return actor.isAdministrator() && !isEModerator();
  }

  /** OPEN communities show their members to anyone; CLOSED and SECRET ones to members only. */
  boolean canReadMembers() {
    return community.visibility() == Visibility.OPEN ? canSee() : isMember() || actor.isAdministrator();
  }

  /** Observers read only. */
  boolean canWrite() {
    return membership.filter(m -> m.tier() != Tier.OBSERVER).isPresent() || actor.isAdministrator();
  }
}
