package org.copkit.core.memory;

import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.tck.moderation.ReviewItemsContract;

/** The in-memory storage against {@link ReviewItemsContract}. */
class InMemoryReviewItemsTest extends ReviewItemsContract {

  @Override
  protected ModerationStorage storage() {
    return InMemoryStorage.create();
  }
}
