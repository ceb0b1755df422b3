package org.copkit.core.memory;

import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.tck.moderation.MutesContract;

/** The in-memory storage against {@link MutesContract}. */
class InMemoryMutesTest extends MutesContract {

  @Override
  protected ModerationStorage storage() {
    return InMemoryStorage.create();
  }
}
