package org.copkit.jpa.community;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link Memberships} on JPA: {@code cop_membership}. */
final class JpaMemberships implements Memberships {

  private final JpaTransactions transactions;

  JpaMemberships(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(Membership membership) {
    transactions.insert(MembershipRow.fromDomain(membership), describe(membership.community(), membership.member()));
  }

  @Override
  public Membership update(Membership membership) {
    String what = describe(membership.community(), membership.member());
    MembershipRow row = findRow(membership.community(), membership.member())
        .orElseThrow(() -> new NotFoundException("membership", membership.member() + " in " + membership.community()));
    if (row.version() != membership.version()) {
      throw ConflictException.staleVersion(what, membership.version());
    }
    boolean changed = !row.toDomain().equals(membership);
    row.copyChanges(membership);
    transactions.flushUpdate(row, changed, what, membership.version());
    return row.toDomain();
  }

  @Override
  public void remove(CommunityId community, MemberId member) {
    findRow(community, member).ifPresent(row -> transactions.delete(row, describe(community, member), row.version()));
  }

  @Override
  public Optional<Membership> find(CommunityId community, MemberId member) {
    return findRow(community, member).map(MembershipRow::toDomain);
  }

  private Optional<MembershipRow> findRow(CommunityId community, MemberId member) {
    return Optional.ofNullable(entityManager().find(MembershipRow.class, new MembershipRow.Key(community, member)));
  }

  @Override
  public Page<Membership> list(CommunityId community, Optional<Tier> tier, Optional<Role> role, PageRequest page) {
    String where =
        " from CopMembership m where m.communityId = :community"
            + tier.map(t -> " and m.tier = :tier").orElse("")
            + role.map(JpaMemberships::holding).orElse("");
    TypedQuery<MembershipRow> rows =
        entityManager().createQuery("select m" + where + " order by m.joinedAt, m.memberId", MembershipRow.class);
    TypedQuery<Long> count = entityManager().createQuery("select count(m)" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      query.setParameter("community", community.toString());
      tier.ifPresent(t -> query.setParameter("tier", t.name()));
    }
    return transactions.page(rows, count, page, MembershipRow::toDomain);
  }

  @Override
  public long countWithRole(CommunityId community, Role role) {
    return entityManager()
        .createQuery("select count(m) from CopMembership m where m.communityId = :community" + holding(role), Long.class)
        .setParameter("community", community.toString())
        .getSingleResult();
  }

  /** The JPQL condition on a membership {@code m} that it holds a role; every member holds MEMBER. */
  private static String holding(Role role) {
    return switch (role) {
      case E_MODERATOR -> " and m.eModerator = true";
      case EXPERT -> " and m.expert = true";
      case MEMBER -> "";
    };
  }

  @Override
  public List<Membership> ofMember(MemberId member) {
    return entityManager()
        .createQuery("select m from CopMembership m where m.memberId = :member order by m.joinedAt, m.communityId", MembershipRow.class)
        .setParameter("member", member.value())
        .getResultStream()
        .map(MembershipRow::toDomain)
        .toList();
  }

  /** One query for all of them; each person's in the order {@link #ofMember} gives. */
  @Override
  public Map<MemberId, List<Membership>> ofMembers(Collection<MemberId> members) {
    Validation.between("members", Validation.noNulls("members", members).size(), 0, 1000);
    Map<MemberId, List<Membership>> found = new HashMap<>();
    if (members.isEmpty()) {
      return found;
    }
    entityManager()
        .createQuery("select m from CopMembership m where m.memberId in :members order by m.joinedAt, m.communityId",
            MembershipRow.class)
        .setParameter("members", members.stream().map(MemberId::value).distinct().toList())
        .getResultStream()
        .map(MembershipRow::toDomain)
        .forEach(m -> found.computeIfAbsent(m.member(), key -> new ArrayList<>()).add(m));
    return found;
  }

  private EntityManager entityManager() {
    return transactions.entityManager();
  }

  private static String describe(CommunityId community, MemberId member) {
    return "membership of " + member + " in community " + community;
  }
}
