package org.copkit.core.memory;

import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.tck.moderation.RuleSwitchesContract;

/** The in-memory storage against {@link RuleSwitchesContract}. */
class InMemoryRuleSwitchesTest extends RuleSwitchesContract {

  @Override
  protected ModerationStorage storage() {
    return InMemoryStorage.create();
  }
}
