package org.copkit.jpa.moderation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewItemId;
import org.copkit.api.moderation.port.ReviewItems;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link ReviewItems} on JPA: {@code cop_review_item}. The unique {@code open_key} holds the
 * one-open-item rule in the database and finds the open item of a subject; {@link #add} looks first
 * only to say precisely what the duplicate is.
 */
final class JpaReviewItems implements ReviewItems {

  private final JpaTransactions transactions;

  JpaReviewItems(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(ReviewItem item) {
    ReviewItemRow row = ReviewItemRow.fromDomain(item);
    if (!item.status().isOpen()) {
      transactions.insert(row, describe(item.id()));
      return;
    }
    String open = "open review item on " + item.subject().key() + " in community " + item.community();
    if (findOpen(item.community(), item.subject()).isPresent()) {
      throw ConflictException.duplicate(open);
    }
    transactions.insert(row, describe(item.id()) + " or an " + open);
  }

  @Override
  public ReviewItem update(ReviewItem item) {
    String what = describe(item.id());
    ReviewItemRow row = entityManager().find(ReviewItemRow.class, item.id().toString());
    if (row == null) {
      throw new NotFoundException("review item", item.id().toString());
    }
    if (row.version() != item.version()) {
      throw ConflictException.staleVersion(what, item.version());
    }
    boolean changed = !row.toDomain().equals(item);
    row.copyChanges(item);
    transactions.flushUpdate(row, changed, what, item.version());
    return row.toDomain();
  }

  @Override
  public Optional<ReviewItem> find(ReviewItemId id) {
    return Optional.ofNullable(entityManager().find(ReviewItemRow.class, id.toString())).map(ReviewItemRow::toDomain);
  }

  @Override
  public Optional<ReviewItem> findOpen(CommunityId community, ModerationSubject subject) {
    return entityManager()
        .createQuery("select i from CopReviewItem i where i.openKey = :key", ReviewItemRow.class)
        .setParameter("key", OpenKey.ofReviewItem(community, subject))
        .getResultStream()
        .findFirst()
        .map(ReviewItemRow::toDomain);
  }

  @Override
  public Page<ReviewItem> pending(CommunityId community, PageRequest page) {
    String where = " from CopReviewItem i where i.communityId = :community and i.status = :pending";
    TypedQuery<ReviewItemRow> rows =
        entityManager()
            .createQuery("select i" + where + " order by i.flagWeight desc, i.openedAt, i.id", ReviewItemRow.class);
    TypedQuery<Long> count = entityManager().createQuery("select count(i)" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      query.setParameter("community", community.toString()).setParameter("pending", ReviewItemRow.PENDING);
    }
    return transactions.page(rows, count, page, ReviewItemRow::toDomain);
  }

  @Override
  public Page<ReviewItem> escalated(PageRequest page) {
    String where = " from CopReviewItem i where i.status = :escalated";
    TypedQuery<ReviewItemRow> rows =
        entityManager().createQuery("select i" + where + " order by i.openedAt, i.id", ReviewItemRow.class);
    TypedQuery<Long> count = entityManager().createQuery("select count(i)" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      query.setParameter("escalated", ReviewItemRow.ESCALATED);
    }
    return transactions.page(rows, count, page, ReviewItemRow::toDomain);
  }

  private EntityManager entityManager() {
    return transactions.entityManager();
  }

  private static String describe(ReviewItemId id) {
    return "review item " + id;
  }
}
