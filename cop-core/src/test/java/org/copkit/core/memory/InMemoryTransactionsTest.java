package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.storage.TransactionsContract;

/** The in-memory storage against {@link TransactionsContract}. */
class InMemoryTransactionsTest extends TransactionsContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
