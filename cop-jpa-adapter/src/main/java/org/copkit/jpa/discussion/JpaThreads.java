package org.copkit.jpa.discussion;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.discussion.port.ThreadFilter;
import org.copkit.api.discussion.port.Threads;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link Threads} on JPA: {@code cop_thread}. */
final class JpaThreads implements Threads {

  private final JpaTransactions transactions;

  JpaThreads(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(DiscussionThread thread) {
    transactions.insert(ThreadRow.fromDomain(thread), describe(thread.id()));
    ThreadAnswers.refresh(entityManager(), List.of(thread.id().toString()));
  }

  @Override
  public DiscussionThread update(DiscussionThread thread) {
    String what = describe(thread.id());
    ThreadRow row = entityManager().find(ThreadRow.class, thread.id().toString());
    if (row == null) {
      throw new NotFoundException("thread", thread.id().toString());
    }
    if (row.version() != thread.version()) {
      throw ConflictException.staleVersion(what, thread.version());
    }
    boolean changed = !row.toDomain().equals(thread);
    row.copyChanges(thread);
    transactions.flushUpdate(row, changed, what, thread.version());
    if (changed) {
      ThreadAnswers.refresh(entityManager(), List.of(thread.id().toString()));
    }
    return row.toDomain();
  }

  @Override
  public Optional<DiscussionThread> find(ThreadId id) {
    return Optional.ofNullable(entityManager().find(ThreadRow.class, id.toString())).map(ThreadRow::toDomain);
  }

  /** Pinned threads first, then the filter's order; the indexes on {@code cop_thread} follow these. */
  @Override
  public Page<DiscussionThread> list(ThreadFilter filter, PageRequest page) {
    String where =
        " from CopThread t where t.communityId = :community and t.audience in :audiences"
            + (filter.orAuthoredBy().isPresent() ? " and (t.state in :states or t.author = :author)" : " and t.state in :states")
            + (filter.order() == ThreadOrder.UNANSWERED ? " and t.kind = :question and t.acceptedAnswer is null" : "")
            + (filter.about().isPresent() ? " and t.competences like :about escape '!'" : "");
    TypedQuery<ThreadRow> rows =
        entityManager().createQuery("select t" + where + " order by t.pinned desc, " + inOrder(filter.order()) + ", t.id", ThreadRow.class);
    TypedQuery<Long> count = entityManager().createQuery("select count(t)" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      query
          .setParameter("community", filter.community().toString())
          .setParameter("audiences", names(filter.audiences()))
          .setParameter("states", names(filter.states()));
      filter.orAuthoredBy().ifPresent(author -> query.setParameter("author", author.value()));
      filter.about().ifPresent(competence -> query.setParameter("about", ThreadRow.containing(competence)));
      if (filter.order() == ThreadOrder.UNANSWERED) {
        query.setParameter("question", ThreadKind.QUESTION.name());
      }
    }
    return transactions.page(rows, count, page, ThreadRow::toDomain);
  }

  private static String inOrder(ThreadOrder order) {
    return switch (order) {
      case NEWEST -> "t.createdAt desc";
      case ACTIVE -> "t.lastActivityAt desc";
      case UNANSWERED -> "t.createdAt";
    };
  }

  @Override
  public long countStartedSince(CommunityId community, MemberId author, Instant since) {
    return entityManager()
        .createQuery(
            "select count(t) from CopThread t"
                + " where t.communityId = :community and t.author = :author and t.createdAt >= :since",
            Long.class)
        .setParameter("community", community.toString())
        .setParameter("author", author.value())
        .setParameter("since", since)
        .getSingleResult();
  }

  /** The stored threads among {@code ids}, in any order (for the search sources). */
  java.util.List<DiscussionThread> findAll(java.util.Collection<ThreadId> ids) {
    if (ids.isEmpty()) {
      return java.util.List.of();
    }
    return entityManager()
        .createQuery("select t from CopThread t where t.id in :ids", ThreadRow.class)
        .setParameter("ids", ids.stream().map(ThreadId::toString).toList())
        .getResultList().stream().map(ThreadRow::toDomain).toList();
  }

  private EntityManager entityManager() {
    return transactions.entityManager();
  }

  private static List<String> names(Set<? extends Enum<?>> constants) {
    return constants.stream().map(Enum::name).toList();
  }

  private static String describe(ThreadId id) {
    return "thread " + id;
  }
}
