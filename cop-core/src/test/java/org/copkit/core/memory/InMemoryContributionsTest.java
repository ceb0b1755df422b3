package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.analytics.ContributionsContract;

/** The in-memory storage against {@link ContributionsContract}. */
class InMemoryContributionsTest extends ContributionsContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
