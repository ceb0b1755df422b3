package org.copkit.jpa.shared;

import java.util.List;
import org.copkit.api.shared.AuditTrail;
import org.copkit.api.storage.ChangeLog;

/**
 * <b>Wiring, not API:</b> builds the JPA implementations of the shared ports for {@code
 * JpaStorage}. Hosts use {@code JpaStorage}; nothing here is meant for them.
 */
public final class SharedStorage {

  private SharedStorage() {}

  /** @return the entity classes of the shared tables, for the persistence unit */
  public static List<Class<?>> entityClasses() {
    return List.of(AuditEntryRow.class, ChangeRow.class, ChangeKeyRow.class);
  }

  /**
   * @param transactions the unit of work
   * @return the change log
   */
  public static ChangeLog changeLog(JpaTransactions transactions) {
    return new JpaChangeLog(transactions);
  }

  /**
   * Starts waking the subscribers of a change log made by {@link #changeLog} when other nodes
   * commit changes on PostgreSQL.
   *
   * @param changeLog the change log
   * @param dataSource where to hold the listening connection
   * @return the subscription that stops listening
   */
  public static ChangeLog.Subscription listenForChanges(ChangeLog changeLog, javax.sql.DataSource dataSource) {
    return ((JpaChangeLog) changeLog).listen(dataSource);
  }

  /**
   * @param transactions the unit of work
   * @return the audit trail
   */
  public static AuditTrail auditTrail(JpaTransactions transactions) {
    return new JpaAuditTrail(transactions);
  }
}
