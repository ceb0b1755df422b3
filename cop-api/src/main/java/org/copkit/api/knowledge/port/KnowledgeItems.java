package org.copkit.api.knowledge.port;

import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.KnowledgeFilter;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Outbound port: knowledge items and every revision they had, never changed once stored. Contract:
 * {@code org.copkit.tck.knowledge.KnowledgeItemsContract}.
 */
public interface KnowledgeItems {

  /**
   * @param item a new item at revision 1
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when its ID is taken
   */
  void add(KnowledgeItem item);

  /**
   * Stores the item's next revision and makes it the latest (with the item's curation as given).
   *
   * @param item the item at its next revision: one more than the stored latest
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the stored latest revision
   *     is not the one before (another transaction revised it first), under any concurrency
   * @throws org.copkit.api.shared.NotFoundException when the item is not stored
   */
  void revise(KnowledgeItem item);

  /**
   * Stores a new curation of the item (its section, owner and review-by day); its revision must be
   * the stored latest.
   *
   * @param item the item with its new curation
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the stored latest revision
   *     differs, or another transaction changed the item at the same time
   * @throws org.copkit.api.shared.NotFoundException when the item is not stored
   */
  void curate(KnowledgeItem item);

  /**
   * @param id an ID
   * @return the item at its latest revision, if stored
   */
  Optional<KnowledgeItem> find(KnowledgeItemId id);

  /**
   * @param community a community
   * @param audiences the audiences whose items to list
   * @param page which page
   * @return its items for those audiences, newest created first, ties by ID
   */
  Page<KnowledgeItem> inCommunity(CommunityId community, Set<Audience> audiences, PageRequest page);

  /**
   * @param community a community
   * @param audiences the audiences whose items to list
   * @param filter the section (the items placed in it), the tag and the competence (of the items'
   *     latest revisions) they must have
   * @param page which page
   * @return its items for those audiences that pass the filter, newest created first, ties by ID
   */
  Page<KnowledgeItem> inCommunity(CommunityId community, Set<Audience> audiences, KnowledgeFilter filter,
      PageRequest page);

  /**
   * @param community a community
   * @param audiences the audiences whose items to list
   * @param owner only the items of this owner, when present
   * @param day a day
   * @param page which page
   * @return its items for those audiences whose review-by day is before {@code day}, earliest
   *     review-by day first, ties by ID
   */
  Page<KnowledgeItem> overdue(CommunityId community, Set<Audience> audiences, Optional<MemberId> owner,
      java.time.LocalDate day, PageRequest page);

  /**
   * @param id an item
   * @param page which page
   * @return its revisions, newest first; empty for an item not stored
   */
  Page<KnowledgeRevision> revisions(KnowledgeItemId id, PageRequest page);

  /**
   * @param id an item
   * @param number a revision's number
   * @return that revision, if stored
   */
  Optional<KnowledgeRevision> revision(KnowledgeItemId id, int number);

  /**
   * Changes who may read an item (an output becomes the whole community's when it is published);
   * its revisions stay as they were.
   *
   * @param id the item
   * @param audience its audience from now on
   * @throws org.copkit.api.shared.NotFoundException when the item is not stored
   */
  void changeAudience(KnowledgeItemId id, Audience audience);
}
