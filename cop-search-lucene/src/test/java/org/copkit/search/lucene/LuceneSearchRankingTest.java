package org.copkit.search.lucene;

import org.copkit.api.search.port.SearchIndex;
import org.copkit.tck.search.SearchRankingContract;

/** The Lucene index in memory against {@link SearchRankingContract}. */
class LuceneSearchRankingTest extends SearchRankingContract {

  @Override
  protected SearchIndex newIndex() {
    return LuceneSearchIndex.inMemory();
  }
}
