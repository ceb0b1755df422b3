package org.copkit.api.moderation.port;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewItemId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/** Outbound port: review queues. Contract: {@code org.copkit.tck.moderation.ReviewItemsContract}. */
public interface ReviewItems {

  /**
   * Stores a new item.
   *
   * @param item the item
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the ID is taken, or when an open
   *     (pending or escalated) item for the same subject exists in the community
   */
  void add(ReviewItem item);

  /**
   * Replaces an item if the stored version equals {@code item.version()}.
   *
   * @param item the changed item
   * @return the stored item, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the stored version differs
   * @throws org.copkit.api.shared.NotFoundException when there is no such item
   */
  ReviewItem update(ReviewItem item);

  /**
   * @param id the ID
   * @return the item, if stored
   */
  Optional<ReviewItem> find(ReviewItemId id);

  /**
   * @param community the community
   * @param subject the subject
   * @return its open (pending or escalated) item, if any
   */
  Optional<ReviewItem> findOpen(CommunityId community, ModerationSubject subject);

  /**
   * @param community the community
   * @param page which page
   * @return its PENDING items: greatest flag weight first, then oldest first, then by ID
   */
  Page<ReviewItem> pending(CommunityId community, PageRequest page);

  /**
   * @param page which page
   * @return the ESCALATED items of every community, oldest first, then by ID
   */
  Page<ReviewItem> escalated(PageRequest page);
}
