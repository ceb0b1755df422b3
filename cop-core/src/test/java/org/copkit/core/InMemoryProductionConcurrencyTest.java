package org.copkit.core;

import org.copkit.api.shared.Directory;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.tck.knowledge.ProductionConcurrencyContract;

/** Reviewers' votes under concurrent threads, on the in-memory storage. */
class InMemoryProductionConcurrencyTest extends ProductionConcurrencyContract {

  @Override
  protected UseCases useCases(Directory directory) {
    CopPlatform platform = CopPlatform.builder().storage(InMemoryStorage.create()).directory(directory).build();
    return new UseCases(platform.lifecycle(), platform.joining(), platform.memberAdministration(),
        platform.communityQueries(), platform.production(), platform.productionQueries(), platform.feed());
  }
}
