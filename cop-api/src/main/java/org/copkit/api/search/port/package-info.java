/**
 * Outbound ports of search: the {@link org.copkit.api.search.port.SearchIndex} that a search
 * engine implements (the in-memory index of {@code cop-core}, the Lucene index of {@code
 * cop-search-lucene}), and {@link org.copkit.api.search.port.SearchSources}, the storage's keyset
 * scans the index is rebuilt from.
 */
package org.copkit.api.search.port;
