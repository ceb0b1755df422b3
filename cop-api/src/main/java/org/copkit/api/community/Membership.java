package org.copkit.api.community;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A person's place in a community: one tier and one or more roles. Every member holds {@link
 * Role#MEMBER}; an {@link Role#E_MODERATOR} is always in the {@link Tier#CORE} tier.
 *
 * @param community the community
 * @param member the person
 * @param tier how close to the work they are
 * @param roles what they do; never empty, always includes MEMBER
 * @param joinedAt when they joined
 * @param version the optimistic-locking version, raised by storage on every change
 */
public record Membership(
    CommunityId community,
    MemberId member,
    Tier tier,
    Set<Role> roles,
    Instant joinedAt,
    long version) {

  /** Validates the fields and the tier/role rules. */
  public Membership {
    Validation.required("community", community);
    Validation.required("member", member);
    Validation.required("tier", tier);
    Validation.noNulls("roles", roles);
    EnumSet<Role> copy = EnumSet.of(Role.MEMBER);
    copy.addAll(roles);
    roles = Set.copyOf(copy);
    if (roles.contains(Role.E_MODERATOR) && tier != Tier.CORE) {
      throw new InvalidInputException("tier", "must be CORE for an e-moderator");
    }
    Validation.required("joinedAt", joinedAt);
    Validation.notNegative("version", version);
  }

  /**
   * A new membership with the MEMBER role only.
   *
   * @param community the community
   * @param member the person
   * @param tier their tier
   * @param joinedAt when they joined
   * @return the membership, at version 0
   */
  public static Membership of(CommunityId community, MemberId member, Tier tier, Instant joinedAt) {
    return new Membership(community, member, tier, Set.of(Role.MEMBER), joinedAt, 0);
  }

  /**
   * @param role a role
   * @return whether the member holds it
   */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** @return whether the member is an e-moderator */
  public boolean isEModerator() {
    return has(Role.E_MODERATOR);
  }

  /**
   * @param next the new tier
   * @return a copy in another tier
   */
  public Membership withTier(Tier next) {
    return new Membership(community, member, next, roles, joinedAt, version);
  }

  /**
   * @param next the new roles (MEMBER is always kept)
   * @return a copy with other roles
   */
  public Membership withRoles(Set<Role> next) {
    return new Membership(community, member, tier, next, joinedAt, version);
  }
}
