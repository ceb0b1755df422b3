package org.copkit.core.search;

import org.copkit.api.shared.Directory;
import org.copkit.core.CopPlatform;
import org.copkit.tck.search.SearchPermissionsContract;

/** The permission matrix of search on the in-memory storage and the default in-memory index. */
class InMemorySearchPermissionsTest extends SearchPermissionsContract {

  @Override
  protected UseCases platform(Directory directory) {
    CopPlatform platform = CopPlatform.builder().directory(directory).discoverModerationRules(false).build();
    return new UseCases(platform.lifecycle(), platform.joining(), platform.discussions(), platform.moderation(),
        platform.knowledgeBase(), platform.search());
  }
}
