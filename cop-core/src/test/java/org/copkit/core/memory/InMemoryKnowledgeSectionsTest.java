package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.knowledge.KnowledgeSectionsContract;

/** The in-memory storage against {@link KnowledgeSectionsContract}. */
class InMemoryKnowledgeSectionsTest extends KnowledgeSectionsContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
