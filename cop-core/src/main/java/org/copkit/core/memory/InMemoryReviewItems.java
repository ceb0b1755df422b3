package org.copkit.core.memory;

import java.util.Comparator;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewItemId;
import org.copkit.api.moderation.ReviewStatus;
import org.copkit.api.moderation.port.ReviewItems;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

final class InMemoryReviewItems implements ReviewItems {

  private static final Comparator<ReviewItem> OLDEST_FIRST =
      Comparator.comparing(ReviewItem::openedAt).thenComparing(i -> i.id().toString());
  private static final Comparator<ReviewItem> HEAVIEST_FIRST =
      Comparator.comparingDouble(ReviewItem::flagWeight).reversed().thenComparing(OLDEST_FIRST);

  /** The key of at most one open item. */
  private record OpenItem(CommunityId community, ModerationSubject subject) {}

  private final IndexedStore<ReviewItemId, ReviewItem> items;
  /** The open items: few beside the decided ones, so the queues are read from here. */
  private final IndexedStore<ReviewItemId, ReviewItem>.UniqueIndex<OpenItem> open;

  InMemoryReviewItems(InMemoryTransactions transactions) {
    this.items =
        new IndexedStore<>(
            transactions,
            "review item",
            ReviewItem::id,
            ReviewItem::version,
            (i, v) ->
                new ReviewItem(i.id(), i.community(), i.subject(), i.heldBecause(), i.flagWeight(), i.flags(),
                    i.openedAt(), i.status(), v));
    this.open =
        items.uniqueWhile(
            i -> i.status().isOpen(),
            i -> new OpenItem(i.community(), i.subject()),
            key -> "open review item on " + key.subject().key() + " in " + key.community());
  }

  @Override
  public void add(ReviewItem item) {
    items.add(item);
  }

  @Override
  public ReviewItem update(ReviewItem item) {
    return items.update(item);
  }

  @Override
  public Optional<ReviewItem> find(ReviewItemId id) {
    return items.find(id);
  }

  @Override
  public Optional<ReviewItem> findOpen(CommunityId community, ModerationSubject subject) {
    return open.find(new OpenItem(community, subject));
  }

  @Override
  public Page<ReviewItem> pending(CommunityId community, PageRequest page) {
    return Page.of(
        open.holders()
            .filter(i -> i.community().equals(community) && i.status() instanceof ReviewStatus.Pending)
            .sorted(HEAVIEST_FIRST)
            .toList(),
        page);
  }

  @Override
  public Page<ReviewItem> escalated(PageRequest page) {
    return Page.of(
        open.holders().filter(i -> i.status() instanceof ReviewStatus.Escalated).sorted(OLDEST_FIRST).toList(), page);
  }

  /** @return every review item, for privacy */
  java.util.stream.Stream<ReviewItem> all() {
    return items.all();
  }
}
