package org.copkit.jpa;

import org.copkit.api.shared.Directory;
import org.copkit.core.CopPlatform;
import org.copkit.tck.community.MembershipConcurrencyContract;

/**
 * The membership rules under 16 concurrent threads, on the JPA storage of one database: the real
 * use cases, their retries on optimistic-locking conflicts, and the database's own isolation.
 */
abstract class PlatformConcurrencySuite extends MembershipConcurrencyContract {

  abstract MigratedStorage database();

  @Override
  protected UseCases useCases(Directory directory) {
    JpaStorage storage = database().emptyStorage();
    CopPlatform platform =
        CopPlatform.builder().storage(storage).eventPublisher(storage.eventPublisher()).directory(directory).build();
    return new UseCases(
        platform.lifecycle(), platform.joining(), platform.memberAdministration(), platform.communityQueries());
  }
}
