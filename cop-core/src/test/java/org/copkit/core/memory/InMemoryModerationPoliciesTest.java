package org.copkit.core.memory;

import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.tck.moderation.ModerationPoliciesContract;

/** The in-memory storage against {@link ModerationPoliciesContract}. */
class InMemoryModerationPoliciesTest extends ModerationPoliciesContract {

  @Override
  protected ModerationStorage storage() {
    return InMemoryStorage.create();
  }
}
