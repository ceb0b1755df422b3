package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.knowledge.ItemReachContract;

/** The in-memory storage against {@link ItemReachContract}. */
class InMemoryItemReachTest extends ItemReachContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
