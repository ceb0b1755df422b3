package org.copkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.copkit.api.privacy.Erasure;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryEventLog;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.tck.privacy.PrivacyContract;
import org.junit.jupiter.api.Test;

/** Export and erasure on the in-memory storage, and its event log after an erasure. */
class InMemoryPrivacyTest extends PrivacyContract {

  private static final Pattern LAIA = Pattern.compile("\\blaia\\b");

  private InMemoryStorage storage;
  private UseCases useCases;

  @Override
  protected UseCases platform(Directory directory, PersonalData addOn) {
    storage = InMemoryStorage.create();
    CopPlatform platform = CopPlatform.builder().storage(storage).directory(directory)
        .discoverModerationRules(false).personalData(addOn).build();
    useCases = new UseCases(platform.lifecycle(), platform.joining(), platform.communityQueries(),
        platform.discussions(), platform.discussionQueries(), platform.moderation(), platform.privacy(),
        platform.competenceAssessment(), platform.portfolios());
    return useCases;
  }

  @Test
  void theEventLogNamesThePseudonym() {
    InMemoryEventLog log = (InMemoryEventLog) storage.eventPublisher();
    assertThat(log.events()).anyMatch(event -> LAIA.matcher(event.toString()).find());

    Erasure erasure = useCases.privacy().erase(MemberId.of("laia"), MemberId.of("laia"));

    assertThat(log.events()).noneMatch(event -> LAIA.matcher(event.toString()).find())
        .anyMatch(event -> event.toString().contains(erasure.pseudonym().value()));
  }
}
