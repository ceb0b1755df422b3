package org.copkit.core;

import org.copkit.api.shared.Directory;
import org.copkit.tck.knowledge.KnowledgeConcurrencyContract;

/** The in-memory storage against {@link KnowledgeConcurrencyContract}. */
class InMemoryKnowledgeConcurrencyTest extends KnowledgeConcurrencyContract {

  @Override
  protected UseCases useCases(Directory directory) {
    CopPlatform platform = CopPlatform.builder().directory(directory).build();
    return new UseCases(platform.lifecycle(), platform.knowledgeBase(), platform.knowledgeCuration(),
        platform.knowledgeQueries());
  }
}
