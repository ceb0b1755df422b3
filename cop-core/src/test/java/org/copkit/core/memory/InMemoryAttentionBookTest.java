package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.notification.AttentionBookContract;

/** The in-memory storage against {@link AttentionBookContract}. */
class InMemoryAttentionBookTest extends AttentionBookContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
