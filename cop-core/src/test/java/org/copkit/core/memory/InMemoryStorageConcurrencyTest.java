package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.storage.StorageConcurrencyContract;

/** The in-memory storage against {@link StorageConcurrencyContract}. */
class InMemoryStorageConcurrencyTest extends StorageConcurrencyContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
