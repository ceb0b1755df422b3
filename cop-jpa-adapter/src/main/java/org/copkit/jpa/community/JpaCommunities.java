package org.copkit.jpa.community;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Stage;
import org.copkit.api.community.StageChange;
import org.copkit.api.community.Visibility;
import org.copkit.api.community.port.Communities;
import org.copkit.api.community.port.CommunityFilter;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link Communities} on JPA: {@code cop_community} and {@code cop_stage_change}. */
final class JpaCommunities implements Communities {

  /** A SECRET community passes only when the viewer holds a membership in it. */
  private static final String SECRET_ONLY_FOR_MEMBERS =
      " and (c.visibility <> :secret or exists (select m.memberId from CopMembership m"
          + " where m.communityId = c.id and m.memberId = :viewer))";

  private final JpaTransactions transactions;

  JpaCommunities(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(Community community) {
    transactions.insert(CommunityRow.fromDomain(community), describe(community.id()));
  }

  @Override
  public Community update(Community community) {
    String what = describe(community.id());
    CommunityRow row = entityManager().find(CommunityRow.class, community.id().toString());
    if (row == null) {
      throw new NotFoundException("community", community.id().toString());
    }
    if (row.version() != community.version()) {
      throw ConflictException.staleVersion(what, community.version());
    }
    boolean changed = !row.toDomain().equals(community);
    row.copyChanges(community);
    transactions.flushUpdate(row, changed, what, community.version());
    return row.toDomain();
  }

  @Override
  public Optional<Community> find(CommunityId id) {
    return Optional.ofNullable(entityManager().find(CommunityRow.class, id.toString())).map(CommunityRow::toDomain);
  }

  @Override
  public Page<Community> search(CommunityFilter filter, PageRequest page) {
    String where =
        " from CopCommunity c where c.visibility in :visibilities and c.stage in :stages"
            + (filter.secretOnlyFor().isPresent() ? SECRET_ONLY_FOR_MEMBERS : "");
    TypedQuery<CommunityRow> rows =
        filtered(entityManager().createQuery("select c" + where + " order by c.createdAt, c.id", CommunityRow.class), filter);
    TypedQuery<Long> count = filtered(entityManager().createQuery("select count(c)" + where, Long.class), filter);
    return transactions.page(rows, count, page, CommunityRow::toDomain);
  }

  private static <R> TypedQuery<R> filtered(TypedQuery<R> query, CommunityFilter filter) {
    query.setParameter("visibilities", names(filter.visibilities()));
    query.setParameter("stages", names(filter.stages()));
    filter
        .secretOnlyFor()
        .ifPresent(viewer -> query.setParameter("secret", Visibility.SECRET.name()).setParameter("viewer", viewer.value()));
    return query;
  }

  private static List<String> names(Set<? extends Enum<?>> constants) {
    return constants.stream().map(Enum::name).toList();
  }

  @Override
  public List<Community> activeAndQuietSince(Instant cutoff) {
    return entityManager()
        .createQuery(
            "select c from CopCommunity c where c.stage = :active and c.lastActivityAt < :cutoff"
                + " order by c.lastActivityAt, c.id",
            CommunityRow.class)
        .setParameter("active", Stage.ACTIVE.name())
        .setParameter("cutoff", cutoff)
        .getResultStream()
        .map(CommunityRow::toDomain)
        .toList();
  }

  @Override
  public void appendStageChange(StageChange change) {
    transactions.insert(StageChangeRow.fromDomain(change), "stage change of " + describe(change.community()));
  }

  @Override
  public List<StageChange> stageHistory(CommunityId id) {
    return entityManager()
        .createQuery(
            "select s from CopStageChange s where s.communityId = :community order by s.changedAt, s.seq",
            StageChangeRow.class)
        .setParameter("community", id.toString())
        .getResultStream()
        .map(StageChangeRow::toDomain)
        .toList();
  }

  private EntityManager entityManager() {
    return transactions.entityManager();
  }

  private static String describe(CommunityId id) {
    return "community " + id;
  }
}
