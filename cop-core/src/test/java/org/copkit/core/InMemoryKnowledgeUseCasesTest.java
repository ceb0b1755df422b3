package org.copkit.core;

import org.copkit.api.shared.Directory;
import org.copkit.tck.knowledge.KnowledgeUseCasesContract;

/** The in-memory storage against {@link KnowledgeUseCasesContract}. */
class InMemoryKnowledgeUseCasesTest extends KnowledgeUseCasesContract {

  @Override
  protected UseCases useCases(Directory directory) {
    CopPlatform platform = CopPlatform.builder().directory(directory).build();
    return new UseCases(platform.lifecycle(), platform.joining(), platform.knowledgeBase(), platform.library(),
        platform.knowledgeQueries(), platform.knowledgeFeedback(), platform.moderation(), platform.moderationQueries(),
        platform.search());
  }
}
