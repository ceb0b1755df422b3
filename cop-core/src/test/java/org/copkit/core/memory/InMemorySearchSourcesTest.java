package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.search.SearchSourcesContract;

/** The in-memory storage against {@link SearchSourcesContract}. */
class InMemorySearchSourcesTest extends SearchSourcesContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
