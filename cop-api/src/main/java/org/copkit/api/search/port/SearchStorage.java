package org.copkit.api.search.port;

import org.copkit.api.shared.Transactions;

/**
 * What a storage adapter provides for search, sharing one unit of work. {@code
 * org.copkit.api.storage.CopStorage} extends it.
 */
public interface SearchStorage {

  /** @return the unit of work that every port below takes part in */
  Transactions transactions();

  /** @return the scans a search index is rebuilt from */
  SearchSources searchSources();
}
