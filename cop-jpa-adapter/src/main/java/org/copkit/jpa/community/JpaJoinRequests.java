package org.copkit.jpa.community;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.JoinRequestId;
import org.copkit.api.community.port.JoinRequests;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link JoinRequests} on JPA: {@code cop_join_request}. The unique {@code pending_key} holds the
 * one-pending-request rule in the database; {@link #add} looks first only to say precisely what
 * the duplicate is.
 */
final class JpaJoinRequests implements JoinRequests {

  private final JpaTransactions transactions;

  JpaJoinRequests(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(JoinRequest request) {
    JoinRequestRow row = JoinRequestRow.fromDomain(request);
    if (!request.isPending()) {
      transactions.insert(row, describe(request.id()));
      return;
    }
    String pending = "pending join request of " + request.requester() + " in community " + request.community();
    if (findPending(request.community(), request.requester()).isPresent()) {
      throw ConflictException.duplicate(pending);
    }
    transactions.insert(row, describe(request.id()) + " or a " + pending);
  }

  @Override
  public JoinRequest update(JoinRequest request) {
    String what = describe(request.id());
    JoinRequestRow row = entityManager().find(JoinRequestRow.class, request.id().toString());
    if (row == null) {
      throw new NotFoundException("join request", request.id().toString());
    }
    if (row.version() != request.version()) {
      throw ConflictException.staleVersion(what, request.version());
    }
    boolean changed = !row.toDomain().equals(request);
    row.copyChanges(request);
    transactions.flushUpdate(row, changed, what, request.version());
    return row.toDomain();
  }

  @Override
  public Optional<JoinRequest> find(JoinRequestId id) {
    return Optional.ofNullable(entityManager().find(JoinRequestRow.class, id.toString())).map(JoinRequestRow::toDomain);
  }

  @Override
  public Optional<JoinRequest> findPending(CommunityId community, MemberId requester) {
    return findPendingRow(PendingKey.of(community, requester)).map(JoinRequestRow::toDomain);
  }

  private Optional<JoinRequestRow> findPendingRow(String pendingKey) {
    return entityManager()
        .createQuery("select r from CopJoinRequest r where r.pendingKey = :key", JoinRequestRow.class)
        .setParameter("key", pendingKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<JoinRequest> pending(CommunityId community, PageRequest page) {
    String where = " from CopJoinRequest r where r.communityId = :community and r.status = :pending";
    TypedQuery<JoinRequestRow> rows =
        entityManager().createQuery("select r" + where + " order by r.requestedAt, r.id", JoinRequestRow.class);
    TypedQuery<Long> count = entityManager().createQuery("select count(r)" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      query.setParameter("community", community.toString()).setParameter("pending", JoinRequestRow.PENDING);
    }
    return transactions.page(rows, count, page, JoinRequestRow::toDomain);
  }

  @Override
  public List<JoinRequest> ofRequester(MemberId requester) {
    return entityManager()
        .createQuery(
            "select r from CopJoinRequest r where r.requester = :requester order by r.requestedAt desc, r.id",
            JoinRequestRow.class)
        .setParameter("requester", requester.value())
        .getResultStream()
        .map(JoinRequestRow::toDomain)
        .toList();
  }

  private EntityManager entityManager() {
    return transactions.entityManager();
  }

  private static String describe(JoinRequestId id) {
    return "join request " + id;
  }
}
