package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.community.MembershipsContract;

/** The in-memory storage against {@link MembershipsContract}. */
class InMemoryMembershipsTest extends MembershipsContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
