package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.portfolio.EvidenceSourcesContract;

/** The in-memory storage against {@link EvidenceSourcesContract}. */
class InMemoryEvidenceSourcesTest extends EvidenceSourcesContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
