package org.copkit.api.knowledge.port;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.knowledge.ItemComment;
import org.copkit.api.knowledge.ItemCommentId;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.Rating;
import org.copkit.api.knowledge.RatingSummary;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Outbound port: what members say of knowledge items: ratings (one per member and revision),
 * helpful marks (one per member and item) and comments. Contract: {@code
 * org.copkit.tck.knowledge.ItemFeedbackContract}.
 *
 * <p>Uniqueness is the store's under any concurrency: two transactions that give the first rating
 * of the same member and revision, or the first helpful mark of the same member and item, at once
 * never both keep theirs; the later one to write fails with a STALE_VERSION conflict (which the
 * core retries, and then finds the other's).
 */
public interface ItemFeedback {

  /**
   * Stores a rating, replacing the member's earlier rating of the same revision.
   *
   * @param rating the rating
   * @return the rating it replaced, if any
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when a concurrent transaction
   *     stored the member's first rating of that revision first
   */
  Optional<Rating> rate(Rating rating);

  /**
   * @param item an item
   * @param revision a revision's number
   * @param member a member
   * @return the member's rating of that revision, if any
   */
  Optional<Rating> rating(KnowledgeItemId item, int revision, MemberId member);

  /**
   * @param item an item
   * @return for each of its revisions that has ratings, their summary
   */
  Map<Integer, RatingSummary> ratings(KnowledgeItemId item);

  /**
   * @param item an item
   * @param member who marks it
   * @param at when
   * @return true when the mark is new, false when the member had marked it
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when a concurrent transaction
   *     stored the same mark first
   */
  boolean markHelpful(KnowledgeItemId item, MemberId member, Instant at);

  /**
   * @param item an item
   * @param member who marked it
   * @return true when there was a mark
   */
  boolean unmarkHelpful(KnowledgeItemId item, MemberId member);

  /**
   * @param item an item
   * @return how many members marked it helpful
   */
  long helpful(KnowledgeItemId item);

  /**
   * @param item an item
   * @param member a member
   * @return whether the member marked it helpful
   */
  boolean markedHelpful(KnowledgeItemId item, MemberId member);

  /**
   * @param comment a new comment
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when its ID is taken
   */
  void addComment(ItemComment comment);

  /**
   * @param id an ID
   * @return the comment, if stored
   */
  Optional<ItemComment> comment(ItemCommentId id);

  /**
   * @param item an item
   * @param page which page
   * @return its comments but the hidden ones, oldest first, ties by ID
   */
  Page<ItemComment> comments(KnowledgeItemId item, PageRequest page);

  /**
   * Hides a comment (an e-moderator rejected it): it is left out of {@link #comments} and their
   * total from then on, and still found by {@link #comment}.
   *
   * @param id a stored comment
   * @return true when it was shown until now
   */
  boolean hideComment(ItemCommentId id);
}
