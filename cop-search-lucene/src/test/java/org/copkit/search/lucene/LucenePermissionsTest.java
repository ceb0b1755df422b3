package org.copkit.search.lucene;

import org.copkit.api.shared.Directory;
import org.copkit.core.CopPlatform;
import org.copkit.tck.search.SearchPermissionsContract;
import org.junit.jupiter.api.AfterEach;

/** The permission matrix of search with the Lucene index in memory, on the in-memory storage. */
class LucenePermissionsTest extends SearchPermissionsContract {

  private LuceneSearchIndex index;

  @Override
  protected UseCases platform(Directory directory) {
    index = LuceneSearchIndex.inMemory();
    CopPlatform platform = CopPlatform.builder().directory(directory).discoverModerationRules(false).searchIndex(index)
        .build();
    return new UseCases(platform.lifecycle(), platform.joining(), platform.discussions(), platform.moderation(),
        platform.knowledgeBase(), platform.search());
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }
}
