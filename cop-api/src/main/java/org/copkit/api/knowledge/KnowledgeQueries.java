package org.copkit.api.knowledge;

import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Inbound use case: read a community's knowledge base, as far as the reader may: whoever may read
 * the community reads its COMMUNITY-audience items, its CORE members (and administrators) the
 * working group's too. A published output diffused to the platform, or to a community the reader
 * reads (see {@link Production#diffuse}), is also theirs to read, item by item ({@link #item}, its
 * revisions and their comparison), read-only: it is not listed in their community's knowledge base,
 * and changing it or giving feedback on it stays its own community's (an {@link
 * org.copkit.api.shared.AccessDeniedException} for them). Anything else is a {@link
 * org.copkit.api.shared.NotFoundException} exactly as an ID never used.
 */
public interface KnowledgeQueries {

  /**
   * @param reader who reads
   * @param item an item
   * @return the item at its latest revision
   */
  KnowledgeItem item(MemberId reader, KnowledgeItemId item);

  /**
   * Whether the reader may make the item's next revision ({@link KnowledgeBase#edit}, {@link
   * KnowledgeBase#restore}, a file through {@link Library#attach}) now: they write its kind in its
   * community (see {@link KnowledgeBase}), the community is not archived and, for an output, it is
   * a draft. What a host asks before it offers an edit form; the writes check again.
   *
   * @param reader who reads
   * @param item an item they may read
   * @return true when they may edit it
   */
  boolean mayEdit(MemberId reader, KnowledgeItemId item);

  /**
   * @param reader who reads
   * @param community a community
   * @param page which page
   * @return the items the reader may read there, newest first, ties by ID
   */
  Page<KnowledgeItem> items(MemberId reader, CommunityId community, PageRequest page);

  /**
   * @param reader who reads
   * @param community a community
   * @param filter which items: in a section, with a tag, referring to a competence
   * @param page which page
   * @return the items the reader may read there that pass the filter, newest first, ties by ID
   * @throws org.copkit.api.shared.NotFoundException naming the section when it is not one of the
   *     community's
   */
  Page<KnowledgeItem> items(MemberId reader, CommunityId community, KnowledgeFilter filter, PageRequest page);

  /**
   * The items whose review is overdue (their review-by day is before today, UTC): for the
   * community's e-moderators (and administrators) every such item they may read, for anyone else
   * those they own.
   *
   * @param reader who reads
   * @param community a community
   * @param page which page
   * @return the overdue items, most overdue first, ties by ID
   */
  Page<KnowledgeItem> overdue(MemberId reader, CommunityId community, PageRequest page);

  /**
   * @param reader who reads
   * @param community a community
   * @return its sections, whose parents come before their children: each level by name, ties by ID
   */
  java.util.List<Section> sections(MemberId reader, CommunityId community);

  /**
   * @param reader who reads
   * @param item an item
   * @param page which page
   * @return its revisions, newest first
   */
  Page<KnowledgeRevision> revisions(MemberId reader, KnowledgeItemId item, PageRequest page);

  /**
   * @param reader who reads
   * @param item an item
   * @param number a revision's number
   * @return that revision
   * @throws org.copkit.api.shared.NotFoundException also when the item has no such revision
   */
  KnowledgeRevision revision(MemberId reader, KnowledgeItemId item, int number);

  /**
   * @param reader who reads
   * @param item an item
   * @param from a revision's number
   * @param to another revision's number (older or newer)
   * @return what changed from {@code from} to {@code to}
   * @throws org.copkit.api.shared.NotFoundException also when the item has no such revision
   */
  RevisionComparison compare(MemberId reader, KnowledgeItemId item, int from, int to);
}
