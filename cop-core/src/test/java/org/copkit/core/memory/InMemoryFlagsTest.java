package org.copkit.core.memory;

import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.tck.moderation.FlagsContract;

/** The in-memory storage against {@link FlagsContract}. */
class InMemoryFlagsTest extends FlagsContract {

  @Override
  protected ModerationStorage storage() {
    return InMemoryStorage.create();
  }
}
