package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.shared.AuditTrailContract;

/** The in-memory storage against {@link AuditTrailContract}. */
class InMemoryAuditTrailTest extends AuditTrailContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
