package org.copkit.core.community;

import org.copkit.api.shared.AuditAction;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityEvent;
import org.copkit.api.community.CommunityEvent.JoinRoute;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;

/**
 * The writes that change who belongs to a community and how, with the rule that a community always
 * keeps at least one e-moderator. Every write also touches the community, so concurrent changes to
 * one community are serialized by its version.
 */
final class MembershipRules {

  private final CommunityWork work;

  MembershipRules(CommunityWork work) {
    this.work = work;
  }

  Membership admit(Standing standing, MemberId member, Tier tier, JoinRoute route, AuditAction action, String detail) {
    Instant now = work.now();
    Membership membership = Membership.of(standing.community().id(), member, tier, now);
    work.storage.memberships().add(membership);
    work.touch(standing.community());
    work.audit(standing, action, Optional.of(member), tier + (detail.isEmpty() ? "" : "; " + detail), "");
    work.publish(
        new CommunityEvent.MemberJoined(
            standing.community().id(), member, tier, route, Optional.of(standing.actor().id()), now));
    return membership;
  }

  void release(Standing standing, Membership membership, AuditAction action, String reason) {
    if (membership.isEModerator()) {
      requireAnotherEModerator(membership, "leave or be removed");
    }
    work.storage.memberships().remove(membership.community(), membership.member());
    work.touch(standing.community());
    work.audit(standing, action, Optional.of(membership.member()), membership.tier().name(), reason);
    Optional<MemberId> by = Optional.of(standing.actor().id());
    work.publish(
        action == AuditAction.MEMBER_LEFT
            ? new CommunityEvent.MemberLeft(membership.community(), membership.member(), by, work.now())
            : new CommunityEvent.MemberRemoved(membership.community(), membership.member(), reason, by, work.now()));
  }

  Membership changeTier(Standing standing, Membership membership, Tier tier, String reason) {
    if (membership.tier() == tier) {
      return membership;
    }
    if (membership.isEModerator()) {
      throw ConflictException.rule(
          membership.member() + " is an e-moderator and stays in CORE: revoke the E_MODERATOR role first");
    }
    Membership changed = work.storage.memberships().update(membership.withTier(tier));
    work.touch(standing.community());
    work.audit(standing, AuditAction.TIER_CHANGED, Optional.of(membership.member()),
        membership.tier() + " -> " + tier, reason);
    work.publish(
        new CommunityEvent.TierChanged(
            membership.community(), membership.member(), membership.tier(), tier, Optional.of(standing.actor().id()),
            work.now()));
    return changed;
  }

  Membership grant(Standing standing, Membership membership, Role role) {
    if (membership.has(role)) {
      return membership;
    }
    Membership granted = membership.withTier(role == Role.E_MODERATOR ? Tier.CORE : membership.tier());
    granted = granted.withRoles(plus(membership.roles(), role));
    Membership stored = work.storage.memberships().update(granted);
    work.touch(standing.community());
    Optional<MemberId> by = Optional.of(standing.actor().id());
    if (membership.tier() != stored.tier()) {
      work.audit(standing, AuditAction.TIER_CHANGED, Optional.of(membership.member()),
          membership.tier() + " -> " + stored.tier(), "granted " + role);
      work.publish(
          new CommunityEvent.TierChanged(
              membership.community(), membership.member(), membership.tier(), stored.tier(), by, work.now()));
    }
    work.audit(standing, AuditAction.ROLE_GRANTED, Optional.of(membership.member()), role.name(), "");
    work.publish(new CommunityEvent.RoleGranted(membership.community(), membership.member(), role, by, work.now()));
    return stored;
  }

  Membership revoke(Standing standing, Membership membership, Role role) {
    if (!membership.has(role)) {
      return membership;
    }
    if (role == Role.E_MODERATOR) {
      requireAnotherEModerator(membership, "lose the E_MODERATOR role");
    }
    Set<Role> remaining = membership.roles().stream().filter(r -> r != role).collect(java.util.stream.Collectors.toSet());
    Membership stored = work.storage.memberships().update(membership.withRoles(remaining));
    work.touch(standing.community());
    work.audit(standing, AuditAction.ROLE_REVOKED, Optional.of(membership.member()), role.name(), "");
    work.publish(
        new CommunityEvent.RoleRevoked(
            membership.community(), membership.member(), role, Optional.of(standing.actor().id()), work.now()));
    return stored;
  }

  private void requireAnotherEModerator(Membership membership, String what) {
    if (work.storage.memberships().countWithRole(membership.community(), Role.E_MODERATOR) <= 1) {
      throw ConflictException.rule(
          membership.member() + " is the last e-moderator of " + membership.community()
              + " and cannot " + what + " until another e-moderator is named");
    }
  }

  private static Set<Role> plus(Set<Role> roles, Role role) {
    java.util.EnumSet<Role> next = java.util.EnumSet.of(role);
    next.addAll(roles);
    return next;
  }
}
