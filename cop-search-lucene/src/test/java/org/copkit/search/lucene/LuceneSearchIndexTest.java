package org.copkit.search.lucene;

import org.copkit.api.search.port.SearchIndex;
import org.copkit.tck.search.SearchIndexContract;

/** The Lucene index in memory against {@link SearchIndexContract}. */
class LuceneSearchIndexTest extends SearchIndexContract {

  @Override
  protected SearchIndex newIndex() {
    return LuceneSearchIndex.inMemory();
  }
}
