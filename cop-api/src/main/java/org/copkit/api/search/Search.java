package org.copkit.api.search;

import org.copkit.api.shared.MemberId;

/**
 * Inbound use case: search the threads, replies and knowledge items the reader may read. What the
 * reader may read is decided inside the index, so hits, totals and facet counts never include
 * what a reader may not see: content of SECRET communities they do not belong to, of CLOSED ones
 * they are not members of, CORE-audience content unless they are CORE members, posts held or
 * hidden by moderation unless they wrote them or moderate there. Administrators read everything.
 * Each hit of a page is checked against the storage again before it is returned, so an index that
 * lags never shows what the reader may no longer read.
 *
 * <p>The index is a cache of the storage: built when the platform starts and kept current from
 * the change log on every node; a search first applies what the log holds that the node has not
 * applied yet, so a member finds what they just wrote, on any node.
 */
public interface Search {

  /**
   * @param reader who searches
   * @param query what, where and which page
   * @return the page of hits, the total and the facets
   * @throws org.copkit.api.shared.AccessDeniedException when the reader is not an active person
   * @throws org.copkit.api.shared.InvalidInputException when the query is missing
   */
  SearchResults search(MemberId reader, SearchQuery query);
}
