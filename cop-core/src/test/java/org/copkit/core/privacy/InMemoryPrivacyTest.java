package org.copkit.core.privacy;

import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.shared.Directory;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.tck.privacy.PrivacyContract;

/** Export and erasure on the in-memory storage. */
class InMemoryPrivacyTest extends PrivacyContract {

  @Override
  protected UseCases platform(Directory directory, PersonalData addOn) {
    CopPlatform platform = CopPlatform.builder().storage(InMemoryStorage.create()).directory(directory)
        .discoverModerationRules(false).personalData(addOn).build();
    return new UseCases(platform.lifecycle(), platform.joining(), platform.communityQueries(), platform.discussions(),
        platform.discussionQueries(), platform.moderation(), platform.privacy());
  }
}
