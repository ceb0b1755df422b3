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
  }

  @Override
  public Membership update(Membership membership) {
    return memberships.update(new Key(membership.community(), membership.member()), membership);
  }

  @Override
  public void remove(CommunityId community, MemberId member) {
    Key key = new Key(community, member);
    if (memberships.find(key).isPresent()) {
      memberships.remove(key);
      unindex(community, member);
      transactions.onRollback(() -> index(community, member));
    }
  }

  @Override
  public Optional<Membership> find(CommunityId community, MemberId member) {
    return memberships.find(new Key(community, member));
  }

  @Override
  public Page<Membership> list(
      CommunityId community, Optional<Tier> tier, Optional<Role> role, PageRequest page) {
    List<Membership> matching =
        membersOf.getOrDefault(community, Set.of()).stream()
            .flatMap(member -> find(community, member).stream())
            .filter(m -> tier.map(t -> m.tier() == t).orElse(true))
            .filter(m -> role.map(m::has).orElse(true))
            .sorted(BY_JOINING)
            .toList();
    return Page.of(matching, page);
  }

  @Override
  public long countWithRole(CommunityId community, Role role) {
    return membersOf.getOrDefault(community, Set.of()).stream()
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

  private void index(CommunityId community, MemberId member) {
    membersOf.computeIfAbsent(community, c -> ConcurrentHashMap.newKeySet()).add(member);
    communitiesOf.computeIfAbsent(member, m -> ConcurrentHashMap.newKeySet()).add(community);
  }

  private void unindex(CommunityId community, MemberId member) {
    membersOf.computeIfPresent(community, (c, members) -> members.remove(member) && members.isEmpty() ? null : members);
    communitiesOf.computeIfPresent(member, (m, communities) -> communities.remove(community) && communities.isEmpty() ? null : communities);
  }
}
