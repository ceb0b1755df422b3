package org.copkit.jpa;

import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.shared.Directory;
import org.copkit.core.CopPlatform;
import org.copkit.tck.privacy.PrivacyContract;
import org.junit.jupiter.api.Nested;

/**
 * A member's export and erasure through the platform on the JPA storage of one database. A
 * subclass per database names its {@link MigratedStorage}.
 */
abstract class PlatformPrivacySuite {

  /** @return the storage on this class's database */
  abstract MigratedStorage database();

  @Nested
  class Privacy extends PrivacyContract {
    @Override
    protected UseCases platform(Directory directory, PersonalData addOn) {
      CopPlatform platform = CopPlatform.builder().storage(database().emptyStorage()).directory(directory)
          .discoverModerationRules(false).personalData(addOn).build();
      return new UseCases(platform.lifecycle(), platform.joining(), platform.communityQueries(), platform.discussions(),
          platform.discussionQueries(), platform.moderation(), platform.privacy());
    }
  }
}
