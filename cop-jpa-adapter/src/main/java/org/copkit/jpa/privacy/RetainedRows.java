package org.copkit.jpa.privacy;

import java.time.Instant;
import java.util.List;
import org.copkit.api.privacy.port.RetainedData;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * A kind of row the JPA storage deletes once older than its retention period: the oldest rows
 * older than the limit are selected by key (at most a batch), then deleted by key. Two nodes
 * sweeping at once may select the same rows; the second one's {@code DELETE} finds them gone
 * (after waiting for the first one's locks) and counts only what it deleted.
 */
final class RetainedRows implements RetainedData {

  private final JpaTransactions transactions;
  private final String kind;
  private final String table;
  private final String key;
  private final String time;

  private RetainedRows(JpaTransactions transactions, String kind, String table, String key, String time) {
    this.transactions = transactions;
    this.kind = kind;
    this.table = table;
    this.key = key;
    this.time = time;
  }

  /**
   * @param transactions the storage's unit of work
   * @return audit entries by when they occurred; outbox messages a relay published, by when
   */
  static List<RetainedData> of(JpaTransactions transactions) {
    return List.of(
        new RetainedRows(transactions, "audit-entry", "cop_audit_entry", "seq", "occurred_at"),
        new RetainedRows(transactions, "outbox-published", "cop_outbox", "id", "published_at"));
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public long sweep(Instant before, int max) {
    List<?> keys = transactions.entityManager()
        .createNativeQuery("SELECT " + key + " FROM " + table + " WHERE " + time + " < ?1 ORDER BY " + time + ", " + key)
        .setParameter(1, before)
        .setMaxResults(max)
        .getResultList();
    if (keys.isEmpty()) {
      return 0;
    }
    List<Long> ids = keys.stream().map(id -> ((Number) id).longValue()).toList();
    return transactions.entityManager()
        .createNativeQuery("DELETE FROM " + table + " WHERE " + key + " IN (?1)")
        .setParameter(1, ids)
        .executeUpdate();
  }
}
