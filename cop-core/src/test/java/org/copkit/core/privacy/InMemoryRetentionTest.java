package org.copkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.tck.privacy.RetentionContract;
import org.junit.jupiter.api.Test;

/** Retention on the in-memory storage, and the builder's checks of retention periods. */
class InMemoryRetentionTest extends RetentionContract {

  private InMemoryStorage storage;

  @Override
  protected UseCases platform(Directory directory) {
    storage = InMemoryStorage.create();
    CopPlatform platform = CopPlatform.builder().storage(storage).directory(directory).discoverModerationRules(false)
        .retention("audit-entry", Duration.ofDays(DAYS)).build();
    return new UseCases(platform.lifecycle(), platform.joining(), platform.discussions(), platform.discussionQueries(),
        platform.moderation(), platform.privacy());
  }

  @Override
  protected List<AuditEntry> audit(String scope) {
    return storage.transactions().inTransaction(() -> storage.auditTrail().list(scope, PageRequest.first(200)).items());
  }

  @Test
  void theBuilderRefusesAKindTheStorageDoesNotKeepAndPeriodsOutOfRange() {
    assertThatThrownBy(() -> CopPlatform.builder().directory(id -> java.util.Optional.empty()).retention("outbox-published", Duration.ofDays(30)).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("retention"))
        .hasMessageContaining("audit-entry");
    assertThatThrownBy(() -> CopPlatform.builder().directory(id -> java.util.Optional.empty()).retention("audit-entry", Duration.ofHours(1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("period"));
    assertThatThrownBy(() -> CopPlatform.builder().directory(id -> java.util.Optional.empty()).retention(null, Duration.ofDays(30)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
  }

  @Test
  void withoutPeriodsASweepKeepsEverything() {
    CopPlatform platform = CopPlatform.builder().storage(storage).directory(id -> java.util.Optional.empty())
        .discoverModerationRules(false).build();

    assertThat(platform.privacy().sweep(java.time.Instant.now().plus(Duration.ofDays(10_000))).removed()).isEmpty();
    platform.close();
  }
}
