package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.learning.CompletionsContract;

/** The in-memory storage against {@link CompletionsContract}. */
class InMemoryCompletionsTest extends CompletionsContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
