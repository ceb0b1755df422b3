package org.copkit.jpa;

import org.copkit.api.shared.Directory;
import org.copkit.core.CopPlatform;
import org.copkit.tck.knowledge.KnowledgeUseCasesContract;
import org.junit.jupiter.api.Nested;

/**
 * The knowledge base's use cases through the platform on the JPA storage of one database. A
 * subclass per database names its {@link MigratedStorage}.
 */
abstract class PlatformKnowledgeSuite {

  /** @return the storage on this class's database */
  abstract MigratedStorage database();

  @Nested
  class Items extends KnowledgeUseCasesContract {
    @Override
    protected UseCases useCases(Directory directory) {
      CopPlatform platform = CopPlatform.builder().storage(database().emptyStorage()).directory(directory)
          .discoverModerationRules(false).build();
      return new UseCases(platform.lifecycle(), platform.joining(), platform.knowledgeBase(), platform.library(),
        platform.knowledgeQueries(), platform.knowledgeFeedback(), platform.moderation(), platform.moderationQueries(),
        platform.search());
    }
  }
}
