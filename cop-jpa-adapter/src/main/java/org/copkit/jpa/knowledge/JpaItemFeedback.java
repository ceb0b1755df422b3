package org.copkit.jpa.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.knowledge.ItemComment;
import org.copkit.api.knowledge.ItemCommentId;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.Rating;
import org.copkit.api.knowledge.RatingSummary;
import org.copkit.api.knowledge.port.ItemFeedback;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link ItemFeedback} on JPA: {@code cop_item_rating}, {@code cop_item_helpful} and {@code
 * cop_item_comment}. The primary keys hold one rating per member and revision and one mark per
 * member and item: of two transactions that insert the same key, the later one fails, and is told to
 * retry (STALE_VERSION) so that the retry finds the row and replaces or keeps it.
 */
final class JpaItemFeedback implements ItemFeedback {

  private final JpaTransactions transactions;

  JpaItemFeedback(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<Rating> rate(Rating rating) {
    RatingRow.Key key = new RatingRow.Key(rating.item(), rating.revision(), rating.member());
    RatingRow row = entityManager().find(RatingRow.class, key);
    if (row == null) {
      insertOrRetry(RatingRow.of(rating), key.toString());
      return Optional.empty();
    }
    Rating previous = row.toDomain();
    row.apply(rating);
    transactions.flush(key.toString());
    return Optional.of(previous);
  }

  @Override
  public Optional<Rating> rating(KnowledgeItemId item, int revision, MemberId member) {
    return Optional.ofNullable(entityManager().find(RatingRow.class, new RatingRow.Key(item, revision, member)))
        .map(RatingRow::toDomain);
  }

  @Override
  public Map<Integer, RatingSummary> ratings(KnowledgeItemId item) {
    Map<Integer, RatingSummary> byRevision = new HashMap<>();
    entityManager()
        .createQuery("select r.revision as revision, r.stars as stars, count(r) as ratings from CopItemRating r"
            + " where r.itemId = :item group by r.revision, r.stars", Tuple.class)
        .setParameter("item", item.toString())
        .getResultStream()
        .forEach(row -> {
          RatingSummary one = RatingSummary.NONE;
          long count = row.get("ratings", Long.class);
          int stars = row.get("stars", Integer.class);
          Long[] counts = one.byStars().toArray(Long[]::new);
          counts[stars - 1] = count;
          byRevision.merge(row.get("revision", Integer.class), new RatingSummary(java.util.List.of(counts)),
              RatingSummary::plus);
        });
    return Map.copyOf(byRevision);
  }

  @Override
  public boolean markHelpful(KnowledgeItemId item, MemberId member, Instant at) {
    HelpfulRow.Key key = new HelpfulRow.Key(item, member);
    if (entityManager().find(HelpfulRow.class, key) != null) {
      return false;
    }
    insertOrRetry(new HelpfulRow(key, at), key.toString());
    return true;
  }

  @Override
  public boolean unmarkHelpful(KnowledgeItemId item, MemberId member) {
    HelpfulRow.Key key = new HelpfulRow.Key(item, member);
    HelpfulRow row = entityManager().find(HelpfulRow.class, key);
    if (row == null) {
      return false;
    }
    transactions.delete(row, key.toString());
    return true;
  }

  @Override
  public long helpful(KnowledgeItemId item) {
    return entityManager().createQuery("select count(h) from CopItemHelpful h where h.itemId = :item", Long.class)
        .setParameter("item", item.toString())
        .getSingleResult();
  }

  @Override
  public boolean markedHelpful(KnowledgeItemId item, MemberId member) {
    return entityManager().find(HelpfulRow.class, new HelpfulRow.Key(item, member)) != null;
  }

  @Override
  public void addComment(ItemComment comment) {
    transactions.insert(CommentRow.of(comment), "knowledge comment " + comment.id());
  }

  @Override
  public Optional<ItemComment> comment(ItemCommentId id) {
    return Optional.ofNullable(entityManager().find(CommentRow.class, id.toString())).map(CommentRow::toDomain);
  }

  @Override
  public Page<ItemComment> comments(KnowledgeItemId item, PageRequest page) {
    EntityManager em = entityManager();
    return transactions.page(
        em.createQuery("select c from CopItemComment c where c.itemId = :item and c.hidden = false order by c.writtenAt, c.id", CommentRow.class)
            .setParameter("item", item.toString()),
        em.createQuery("select count(c) from CopItemComment c where c.itemId = :item and c.hidden = false", Long.class)
            .setParameter("item", item.toString()),
        page, CommentRow::toDomain);
  }

  /** Inserts a row whose key another transaction may be inserting too: losing that race is a reason to retry. */
  private void insertOrRetry(Object row, String what) {
    try {
      transactions.insert(row, what);
    } catch (ConflictException lost) {
      if (lost.kind() != ConflictException.Kind.DUPLICATE) {
        throw lost;
      }
      throw ConflictException.staleVersion(what + " (another transaction stored it first)", 0);
    }
  }

  private EntityManager entityManager() {
    return transactions.entityManager();
  }

  @Override
  public boolean hideComment(ItemCommentId id) {
    CommentRow row = entityManager().find(CommentRow.class, id.toString());
    return row != null && row.hide();
  }
}
