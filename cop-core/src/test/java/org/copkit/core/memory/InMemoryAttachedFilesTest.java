package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.knowledge.AttachedFilesContract;

/** The in-memory storage against {@link AttachedFilesContract}. */
class InMemoryAttachedFilesTest extends AttachedFilesContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
