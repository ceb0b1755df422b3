package org.copkit.jpa.privacy;

import java.util.Optional;
import org.copkit.api.privacy.port.ErasureLedger;
import org.copkit.api.privacy.port.ErasureRecord;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.NotFoundException;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link ErasureLedger} on JPA: {@code cop_erasure}. */
final class JpaErasureLedger implements ErasureLedger {

  private final JpaTransactions transactions;

  JpaErasureLedger(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(ErasureRecord record) {
    transactions.insert(new ErasureRow(record), "erasure " + record.key());
  }

  @Override
  public ErasureRecord update(ErasureRecord record) {
    String what = "erasure " + record.key();
    ErasureRow row = transactions.entityManager().find(ErasureRow.class, record.key());
    if (row == null) {
      throw new NotFoundException("erasure", record.key());
    }
    if (row.version() != record.version()) {
      throw ConflictException.staleVersion(what, record.version());
    }
    boolean changed = !row.toDomain().equals(record);
    row.copyChanges(record);
    transactions.flushUpdate(row, changed, what, record.version());
    return row.toDomain();
  }

  @Override
  public Optional<ErasureRecord> find(String key) {
    return Optional.ofNullable(transactions.entityManager().find(ErasureRow.class, key)).map(ErasureRow::toDomain);
  }
}
