package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.storage.ChangeLogContract;

/** The in-memory storage against {@link ChangeLogContract}. */
class InMemoryChangeLogTest extends ChangeLogContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
