package org.copkit.api.search.port;

import java.util.Collection;

/**
 * Outbound port: a full-text index of the documents search runs on. It is a cache of the storage:
 * the core fills it from the storage ({@link SearchSources}) and keeps it current from the change
 * log, so any index may be thrown away and rebuilt. {@code cop-core} ships a simple in-memory
 * index (the default); {@code cop-search-lucene} a Lucene one, on disk or in memory. Contract:
 * {@code org.copkit.tck.search.SearchIndexContract}.
 *
 * <p>Implementations are thread-safe: queries run while documents are written. What is written is
 * visible to queries at the latest after {@link #commit}.
 */
public interface SearchIndex extends AutoCloseable {

  /**
   * Adds documents, replacing those with the same {@linkplain SearchDocument#key() key}.
   *
   * @param documents the documents
   */
  void put(Collection<SearchDocument> documents);

  /**
   * Removes documents; keys it does not hold are ignored.
   *
   * @param keys their {@linkplain SearchDocument#key() keys}
   */
  void remove(Collection<String> keys);

  /** Removes every document and forgets the checkpoint (before a rebuild). */
  void clear();

  /**
   * Makes what was written visible to queries (and durable, for an index on disk), and records
   * how far in the change log it reflects.
   *
   * @param checkpoint the sequence of the last change of the log the documents reflect
   */
  void commit(long checkpoint);

  /**
   * @return the checkpoint of the last {@link #commit}: 0 for a new or cleared index; an index on
   *     disk remembers it across restarts, so the core catches up from there instead of rebuilding
   */
  long checkpoint();

  /**
   * @param query the words, filters, access and page
   * @return the hits, the total and the facets, counting only what the access permits
   */
  IndexResult query(IndexQuery query);

  /** Releases files and memory; the index is not used afterwards. */
  @Override
  void close();
}
