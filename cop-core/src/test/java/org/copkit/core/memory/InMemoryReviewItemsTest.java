package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.moderation.ReviewItemsContract;

/** The in-memory storage against {@link ReviewItemsContract}. */
class InMemoryReviewItemsTest extends ReviewItemsContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
