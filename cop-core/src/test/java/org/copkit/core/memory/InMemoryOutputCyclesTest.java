package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.knowledge.OutputCyclesContract;

/** The in-memory storage against {@link OutputCyclesContract}. */
class InMemoryOutputCyclesTest extends OutputCyclesContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
