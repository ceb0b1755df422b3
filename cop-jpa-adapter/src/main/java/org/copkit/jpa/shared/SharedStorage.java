package org.copkit.jpa.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.copkit.api.shared.AuditTrail;
import org.copkit.api.shared.DomainEvent;

/**
 * <b>Wiring, not API:</b> builds the JPA implementations of the shared ports for {@code
 * JpaStorage}. Hosts use {@code JpaStorage}; nothing here is meant for them.
 */
public final class SharedStorage {

  private SharedStorage() {}

  /** @return the entity classes of the shared tables, for the persistence unit */
  public static List<Class<?>> entityClasses() {
    return List.of(AuditEntryRow.class, OutboxRow.class);
  }

  /**
   * @param transactions the unit of work
   * @return the audit trail
   */
  public static AuditTrail auditTrail(JpaTransactions transactions) {
    return new JpaAuditTrail(transactions);
  }

  /**
   * @param transactions the unit of work
   * @param scopeOf the scope of an event, such as its community's ID, if it has one
   * @return the outbox
   */
  public static JpaOutbox outbox(JpaTransactions transactions, Function<DomainEvent, Optional<String>> scopeOf) {
    return new JpaOutbox(transactions, scopeOf);
  }
}
