package org.copkit.core.memory;

import java.util.Optional;
import org.copkit.api.privacy.port.ErasureLedger;
import org.copkit.api.privacy.port.ErasureRecord;

final class InMemoryErasureLedger implements ErasureLedger {

  private final VersionedStore<String, ErasureRecord> records;

  InMemoryErasureLedger(InMemoryTransactions transactions) {
    this.records = new VersionedStore<>(transactions, "erasure", ErasureRecord::version,
        (r, v) -> new ErasureRecord(r.key(), r.pseudonym(), r.startedAt(), r.done(), r.completedAt(), v));
  }

  @Override
  public void add(ErasureRecord record) {
    records.add(record.key(), record);
  }

  @Override
  public ErasureRecord update(ErasureRecord record) {
    return records.update(record.key(), record);
  }

  @Override
  public Optional<ErasureRecord> find(String key) {
    return records.find(key);
  }
}
