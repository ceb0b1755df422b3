package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.portfolio.PortfolioPagesContract;

/** The in-memory storage against {@link PortfolioPagesContract}. */
class InMemoryPortfolioPagesTest extends PortfolioPagesContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
