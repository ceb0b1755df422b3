package org.copkit.api.knowledge;

import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Inbound use case: what members say of knowledge items, and how far the items reach. Members who
 * write in an item's community (not its OBSERVERs, nor while muted there) and may read the item rate
 * its latest revision (1
 * to 5 stars, one rating per member and revision, replaced when they rate again), mark it helpful
 * (once per member) and comment on it (its comments are one thread, oldest first). Whoever may read
 * an item reads its comments and its {@link FeedbackSummary}, and has their reads counted with
 * {@link #read}. An output is rated, marked and commented on once it is published: that is how its
 * community takes part in the ASSESSED stage of its cycle, and the e-moderator's {@link Production#assess}
 * records in its audit entry the ratings and reach it had.
 *
 * <p>Comments are contributions as posts are: each is a {@link KnowledgeEvent.CommentWritten} event
 * (through the outbox, and the change log); members who may read the item flag one with {@link
 * org.copkit.api.moderation.ModerationSubject.OfItemComment} (a comment of an item they may not read
 * is missing, as an unused ID), and it waits in the e-moderators' review queue, where rejecting it
 * hides it from {@link #comments}.
 *
 * <p>Reach is counted per item and revision, as aggregates only: the platform keeps no log of who
 * read what. The counts live in the platform's storage, so every node of a deployment counts into
 * the same figures.
 *
 * <p>An item of a community the actor may not read, or meant for an audience they are not part of,
 * is a {@link org.copkit.api.shared.NotFoundException} exactly as an ID never used.
 */
public interface KnowledgeFeedback {

  /**
   * @param actor who rates
   * @param command the item, the revision read and the stars
   * @return the rating as kept
   * @throws org.copkit.api.shared.AccessDeniedException when the actor does not write in the item's
   *     community
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when {@code revision} is not the
   *     item's latest; RULE when the item is an output not yet published, or its community is archived
   */
  Rating rate(MemberId actor, RateItem command);

  /**
   * @param actor who marks
   * @param item the item
   * @return true when the mark is new, false when the actor had marked it already
   * @throws org.copkit.api.shared.AccessDeniedException when the actor does not write in the item's
   *     community
   * @throws org.copkit.api.shared.ConflictException RULE when the item is an output not yet
   *     published, or its community is archived
   */
  boolean markHelpful(MemberId actor, KnowledgeItemId item);

  /**
   * @param actor who takes their mark back
   * @param item the item
   * @return true when there was a mark to take back
   * @throws org.copkit.api.shared.ConflictException RULE when the item's community is archived
   */
  boolean unmarkHelpful(MemberId actor, KnowledgeItemId item);

  /**
   * @param actor who writes
   * @param command the item and the comment
   * @return the comment, rendered
   * @throws org.copkit.api.shared.AccessDeniedException when the actor does not write in the item's
   *     community
   * @throws org.copkit.api.shared.InvalidInputException naming {@code inReplyTo} when it is not a
   *     comment of the same item
   * @throws org.copkit.api.shared.ConflictException RULE when the item is an output not yet
   *     published, or its community is archived
   */
  ItemComment comment(MemberId actor, CommentOnItem command);

  /**
   * @param reader who reads
   * @param item an item
   * @param page which page
   * @return its comments, oldest first, ties by ID
   */
  Page<ItemComment> comments(MemberId reader, KnowledgeItemId item, PageRequest page);

  /**
   * Readers of a community a published output was diffused to, or of the whole platform when it
   * was diffused there, read its summary too (they give no feedback: that is its own community's).
   *
   * @param reader who reads
   * @param item an item
   * @return its ratings, helpful marks, comments and reach, and the reader's own rating and mark
   */
  FeedbackSummary summary(MemberId reader, KnowledgeItemId item);

  /**
   * Reads an item and counts the read against its latest revision: what a host calls when it shows
   * the item to a member (where {@link KnowledgeQueries#item} only looks it up). A published
   * output is read, and its reach counted, also by the readers it was diffused to.
   *
   * @param reader who reads
   * @param item an item
   * @return the item at its latest revision
   */
  KnowledgeItem read(MemberId reader, KnowledgeItemId item);
}
