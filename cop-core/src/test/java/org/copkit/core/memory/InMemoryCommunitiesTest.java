package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.community.CommunitiesContract;

/** The in-memory storage against {@link CommunitiesContract}. */
class InMemoryCommunitiesTest extends CommunitiesContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
