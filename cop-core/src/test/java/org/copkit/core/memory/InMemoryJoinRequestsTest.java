package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.community.JoinRequestsContract;

/** The in-memory storage against {@link JoinRequestsContract}. */
class InMemoryJoinRequestsTest extends JoinRequestsContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
