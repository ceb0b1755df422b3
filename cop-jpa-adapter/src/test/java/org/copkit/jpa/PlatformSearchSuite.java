package org.copkit.jpa;

import org.copkit.api.shared.Directory;
import org.copkit.core.CopPlatform;
import org.copkit.tck.search.SearchPermissionsContract;
import org.junit.jupiter.api.Nested;

/**
 * Search through the platform on the JPA storage of one database: the permission matrix, with the
 * default index rebuilt from and kept current by this database. A subclass per database names its
 * {@link MigratedStorage}.
 */
abstract class PlatformSearchSuite {

  /** @return the storage on this class's database */
  abstract MigratedStorage database();

  @Nested
  class Permissions extends SearchPermissionsContract {
    @Override
    protected UseCases platform(Directory directory) {
      CopPlatform platform = CopPlatform.builder().storage(database().emptyStorage()).directory(directory)
          .discoverModerationRules(false).build();
      return new UseCases(platform.lifecycle(), platform.joining(), platform.discussions(), platform.moderation(),
          platform.knowledgeBase(), platform.search());
    }
  }
}
