package org.copkit.api.moderation.port;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewItemId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.PendingItems;

/**
 * Outbound port: review queues. An item is open while PENDING or ESCALATED, and its subject is the
 * subject of moderation in the community: {@link #add} raises DUPLICATE for a second open item on
 * one subject in one community (see {@link PendingItems} for the rest of {@code add}, {@code update}
 * and {@code find}). Where a list breaks ties by ID, IDs compare as their canonical text ({@code
 * toString()}, in {@link String#compareTo} order), not as {@link java.util.UUID#compareTo}.
 * Contract: {@code org.copkit.tck.moderation.ReviewItemsContract}.
 */
public interface ReviewItems extends PendingItems<ReviewItemId, ReviewItem> {

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
