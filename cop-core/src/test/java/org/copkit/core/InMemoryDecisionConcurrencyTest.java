package org.copkit.core;

import org.copkit.api.shared.Directory;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.tck.moderation.DecisionConcurrencyContract;

class InMemoryDecisionConcurrencyTest extends DecisionConcurrencyContract {

  @Override
  protected UseCases useCases(Directory directory) {
    CopPlatform platform = CopPlatform.builder().storage(InMemoryStorage.create()).directory(directory).build();
    return new UseCases(platform.lifecycle(), platform.joining(), platform.memberAdministration(),
        platform.communityQueries(), platform.discussions(), platform.discussionQueries(), platform.moderation(),
        platform.moderationQueries(), platform.feed());
  }
}
