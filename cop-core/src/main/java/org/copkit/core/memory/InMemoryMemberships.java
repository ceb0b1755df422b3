package org.copkit.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

final class InMemoryMemberships implements Memberships {

  private static final Comparator<Membership> BY_JOINING =
      Comparator.comparing(Membership::joinedAt).thenComparing(Membership::member);
  private static final Comparator<Membership> BY_JOINING_THEN_COMMUNITY =
      Comparator.comparing(Membership::joinedAt)
          .thenComparing(Membership::community, InMemoryMemberships::compareAsText);

  record Key(CommunityId community, MemberId member) {}

  private final InMemoryTransactions transactions;
  private final VersionedStore<Key, Membership> memberships;
  private final Map<CommunityId, Set<MemberId>> membersOf = new ConcurrentHashMap<>();
  private final Map<MemberId, Set<CommunityId>> communitiesOf = new ConcurrentHashMap<>();
  /** Per community and role other than MEMBER (which every member has), who holds it. */
  private final Map<RoleIn, Set<MemberId>> holders = new ConcurrentHashMap<>();

  /** A role in a community. */
  private record RoleIn(CommunityId community, Role role) {}

  InMemoryMemberships(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.memberships =
        new VersionedStore<>(
            transactions,
            "membership",
            Membership::version,
            (m, v) -> new Membership(m.community(), m.member(), m.tier(), m.roles(), m.joinedAt(), v));
  }

  @Override
  public void add(Membership membership) {
    memberships.add(new Key(membership.community(), membership.member()), membership);
    index(membership.community(), membership.member());
    transactions.onRollback(() -> unindex(membership.community(), membership.member()));
    holdRoles(Set.of(), membership);
  }

  @Override
  public Membership update(Membership membership) {
    Key key = new Key(membership.community(), membership.member());
    Set<Role> before = memberships.find(key).map(Membership::roles).orElse(Set.of());
    Membership after = memberships.update(key, membership);
    holdRoles(before, after);
    return after;
  }

  @Override
  public void remove(CommunityId community, MemberId member) {
    Key key = new Key(community, member);
    Optional<Membership> before = memberships.find(key);
    if (before.isPresent()) {
      memberships.remove(key);
      unindex(community, member);
      transactions.onRollback(() -> index(community, member));
      for (Role role : before.get().roles()) {
        if (role != Role.MEMBER) {
          release(new RoleIn(community, role), member);
          transactions.onRollback(() -> hold(new RoleIn(community, role), member));
        }
      }
    }
  }

  @Override
  public Optional<Membership> find(CommunityId community, MemberId member) {
    return memberships.find(new Key(community, member));
  }

  @Override
  public Page<Membership> list(
      CommunityId community, Optional<Tier> tier, Optional<Role> role, PageRequest page) {
    Set<MemberId> candidates = role.filter(r -> r != Role.MEMBER)
        .map(r -> holders.getOrDefault(new RoleIn(community, r), Set.of()))
        .orElseGet(() -> membersOf.getOrDefault(community, Set.of()));
    List<Membership> matching =
        candidates.stream()
            .flatMap(member -> find(community, member).stream())
            .filter(m -> tier.map(t -> m.tier() == t).orElse(true))
            .filter(m -> role.map(m::has).orElse(true))
            .sorted(BY_JOINING)
            .toList();
    return Page.of(matching, page);
  }

  @Override
  public long countWithRole(CommunityId community, Role role) {
    return (role == Role.MEMBER ? membersOf.getOrDefault(community, Set.of())
            : holders.getOrDefault(new RoleIn(community, role), Set.of())).stream()
        .flatMap(member -> find(community, member).stream())
        .filter(m -> m.has(role))
        .count();
  }

  @Override
  public List<Membership> ofMember(MemberId member) {
    List<Membership> found = new ArrayList<>();
    for (CommunityId community : communitiesOf.getOrDefault(member, Set.of())) {
      find(community, member).ifPresent(found::add);
    }
    found.sort(BY_JOINING_THEN_COMMUNITY);
    return List.copyOf(found);
  }

  /** Orders community IDs as their text (and SQL's order of a UUID column) does, without the text. */
  private static int compareAsText(CommunityId a, CommunityId b) {
    int high = Long.compareUnsigned(a.value().getMostSignificantBits(), b.value().getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(a.value().getLeastSignificantBits(), b.value().getLeastSignificantBits());
  }

  /** For the in-memory analytics: a community's memberships, in no particular order. */
  Stream<Membership> of(CommunityId community) {
    return List.copyOf(membersOf.getOrDefault(community, Set.of())).stream().flatMap(member -> find(community, member).stream());
  }

  /** For the in-memory analytics: every membership, in no particular order. */
  Stream<Membership> all() {
    return memberships.all().stream();
  }

  /** Keeps the role holders in step with a membership whose roles were {@code before}. */
  private void holdRoles(Set<Role> before, Membership after) {
    for (Role role : Role.values()) {
      if (role == Role.MEMBER || before.contains(role) == after.roles().contains(role)) {
        continue;
      }
      RoleIn key = new RoleIn(after.community(), role);
      MemberId member = after.member();
      if (after.roles().contains(role)) {
        hold(key, member);
        transactions.onRollback(() -> release(key, member));
      } else {
        release(key, member);
        transactions.onRollback(() -> hold(key, member));
      }
    }
  }

  private void hold(RoleIn role, MemberId member) {
    holders.computeIfAbsent(role, r -> ConcurrentHashMap.newKeySet()).add(member);
  }

  private void release(RoleIn role, MemberId member) {
    holders.computeIfPresent(role, (r, members) -> members.remove(member) && members.isEmpty() ? null : members);
  }

  private void index(CommunityId community, MemberId member) {
    membersOf.computeIfAbsent(community, c -> ConcurrentHashMap.newKeySet()).add(member);
    communitiesOf.computeIfAbsent(member, m -> ConcurrentHashMap.newKeySet()).add(community);
  }

  private void unindex(CommunityId community, MemberId member) {
    membersOf.computeIfPresent(community, (c, members) -> members.remove(member) && members.isEmpty() ? null : members);
    communitiesOf.computeIfPresent(member, (m, communities) -> communities.remove(community) && communities.isEmpty() ? null : communities);
  }
}
