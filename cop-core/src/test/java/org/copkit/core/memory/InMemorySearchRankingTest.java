package org.copkit.core.memory;

import org.copkit.api.search.port.SearchIndex;
import org.copkit.tck.search.SearchRankingContract;

/** The in-memory search index against {@link SearchRankingContract}. */
class InMemorySearchRankingTest extends SearchRankingContract {

  @Override
  protected SearchIndex newIndex() {
    return InMemorySearchIndex.create();
  }
}
