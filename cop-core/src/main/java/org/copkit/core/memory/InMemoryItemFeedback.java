package org.copkit.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.knowledge.ItemComment;
import org.copkit.api.knowledge.ItemCommentId;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.Rating;
import org.copkit.api.knowledge.RatingSummary;
import org.copkit.api.knowledge.port.ItemFeedback;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * {@link ItemFeedback} in memory. Units of work run one at a time here, so a rating or mark found
 * missing stays missing until the unit that stores it ends: no race to lose.
 */
final class InMemoryItemFeedback implements ItemFeedback {

  private static final Comparator<ItemComment> OLDEST_FIRST =
      Comparator.comparing(ItemComment::at).thenComparing(c -> c.id().toString());

  private record RatingKey(KnowledgeItemId item, int revision, MemberId member) {}

  private final VersionedStore<RatingKey, Rating> ratings;
  private final VersionedStore<KnowledgeItemId, Set<MemberId>> helpful;
  private final VersionedStore<ItemCommentId, ItemComment> comments;
  private final VersionedStore<KnowledgeItemId, List<ItemCommentId>> commentsOfItem;
  private final VersionedStore<ItemCommentId, Boolean> hidden;

  InMemoryItemFeedback(InMemoryTransactions transactions) {
    this.ratings = VersionedStore.unversioned(transactions, "rating");
    this.helpful = VersionedStore.unversioned(transactions, "helpful mark");
    this.comments = VersionedStore.unversioned(transactions, "knowledge comment");
    this.commentsOfItem = VersionedStore.unversioned(transactions, "knowledge comment");
    this.hidden = VersionedStore.unversioned(transactions, "hidden knowledge comment");
  }

  @Override
  public Optional<Rating> rate(Rating rating) {
    RatingKey key = new RatingKey(rating.item(), rating.revision(), rating.member());
    Optional<Rating> previous = ratings.find(key);
    ratings.put(key, old -> rating);
    return previous;
  }

  @Override
  public Optional<Rating> rating(KnowledgeItemId item, int revision, MemberId member) {
    return ratings.find(new RatingKey(item, revision, member));
  }

  @Override
  public Map<Integer, RatingSummary> ratings(KnowledgeItemId item) {
    Map<Integer, RatingSummary> byRevision = new HashMap<>();
    for (Rating rating : ratings.all()) {
      if (rating.item().equals(item)) {
        byRevision.merge(rating.revision(), RatingSummary.NONE.with(rating.stars()), RatingSummary::plus);
      }
    }
    return Map.copyOf(byRevision);
  }

  @Override
  public boolean markHelpful(KnowledgeItemId item, MemberId member, Instant at) {
    if (markedHelpful(item, member)) {
      return false;
    }
    helpful.put(item, old -> {
      Set<MemberId> next = old == null ? new HashSet<>() : new HashSet<>(old);
      next.add(member);
      return Set.copyOf(next);
    });
    return true;
  }

  @Override
  public boolean unmarkHelpful(KnowledgeItemId item, MemberId member) {
    if (!markedHelpful(item, member)) {
      return false;
    }
    helpful.put(item, old -> {
      Set<MemberId> next = new HashSet<>(old);
      next.remove(member);
      return Set.copyOf(next);
    });
    return true;
  }

  @Override
  public long helpful(KnowledgeItemId item) {
    return helpful.find(item).map(Set::size).orElse(0);
  }

  @Override
  public boolean markedHelpful(KnowledgeItemId item, MemberId member) {
    return helpful.find(item).filter(members -> members.contains(member)).isPresent();
  }

  @Override
  public void addComment(ItemComment comment) {
    comments.add(comment.id(), comment);
    commentsOfItem.put(comment.item(), old -> {
      List<ItemCommentId> next = old == null ? new ArrayList<>() : new ArrayList<>(old);
      next.add(comment.id());
      return List.copyOf(next);
    });
  }

  @Override
  public Optional<ItemComment> comment(ItemCommentId id) {
    return comments.find(id);
  }

  @Override
  public Page<ItemComment> comments(KnowledgeItemId item, PageRequest page) {
    List<ItemComment> all = commentsOfItem.find(item).orElse(List.of()).stream()
        .filter(id -> hidden.find(id).isEmpty())
        .map(id -> comments.find(id).orElseThrow())
        .sorted(OLDEST_FIRST)
        .toList();
    return Page.of(all, page);
  }

  /** @return the ratings, for privacy */
  VersionedStore<?, Rating> ratingStore() {
    return ratings;
  }

  /** @return who marked each item helpful, for privacy */
  VersionedStore<KnowledgeItemId, Set<MemberId>> helpfulStore() {
    return helpful;
  }

  /** @return the comments, for privacy */
  VersionedStore<ItemCommentId, ItemComment> commentStore() {
    return comments;
  }

  @Override
  public boolean hideComment(ItemCommentId id) {
    if (comments.find(id).isEmpty() || hidden.find(id).isPresent()) {
      return false;
    }
    hidden.add(id, Boolean.TRUE);
    return true;
  }
}
