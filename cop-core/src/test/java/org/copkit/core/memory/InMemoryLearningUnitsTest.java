package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.learning.LearningUnitsContract;

/** The in-memory storage against {@link LearningUnitsContract}. */
class InMemoryLearningUnitsTest extends LearningUnitsContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
