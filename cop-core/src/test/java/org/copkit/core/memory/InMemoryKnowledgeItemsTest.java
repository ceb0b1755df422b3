package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.knowledge.KnowledgeItemsContract;

/** The in-memory storage against {@link KnowledgeItemsContract}. */
class InMemoryKnowledgeItemsTest extends KnowledgeItemsContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
