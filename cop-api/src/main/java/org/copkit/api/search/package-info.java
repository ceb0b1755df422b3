/**
 * Search: one {@link org.copkit.api.search.Search} use case over the threads, replies and knowledge
 * items a member may read, with filters, facets, highlighted sanitized snippets and bounded pages.
 * The index behind it ({@link org.copkit.api.search.port.SearchIndex}) is a cache of the storage,
 * rebuilt from it and kept current from the change log on every node; the permission filter is
 * applied inside the index, so totals and facet counts never count what the reader may not see.
 */
package org.copkit.api.search;
