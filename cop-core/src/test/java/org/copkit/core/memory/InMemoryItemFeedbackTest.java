package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.knowledge.ItemFeedbackContract;

/** The in-memory storage against {@link ItemFeedbackContract}. */
class InMemoryItemFeedbackTest extends ItemFeedbackContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
