package org.copkit.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.stream.Stream;
import org.copkit.api.community.port.Communities;
import org.copkit.api.community.port.Invitations;
import org.copkit.api.community.port.JoinRequests;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.shared.AuditTrail;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.Transactions;
import org.copkit.api.storage.CopStorage;
import org.copkit.jpa.community.CommunityStorage;
import org.copkit.jpa.shared.JpaOutbox;
import org.copkit.jpa.shared.JpaTransactions;
import org.copkit.jpa.shared.SharedStorage;

/**
 * CoPKit storage on JPA 3.1, for PostgreSQL, MariaDB and H2.
 *
 * <pre>{@code
 * CopSchema.migrate(dataSource);                       // once, at start-up
 * EntityManagerFactory emf = Persistence.createEntityManagerFactory(
 *     "copkit", Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
 * JpaStorage storage = JpaStorage.create(emf);
 * CopPlatform platform = CopPlatform.builder()
 *     .storage(storage)
 *     .eventPublisher(storage.eventPublisher())        // events go to the outbox table
 *     ...
 * }</pre>
 *
 * <p>The persistence unit {@code copkit} is declared in this jar's {@code
 * META-INF/persistence.xml}. A host that builds its own entity manager factory (Spring Boot, for
 * one) adds {@link #entityClassNames()} to it; the factory must hand out resource-local entity
 * managers.
 *
 * <p>Every port call must run inside {@link #transactions()}{@code .inTransaction(..)}; outside
 * one it throws {@link IllegalStateException}. Writes are flushed at once, so a stale version or
 * a duplicate is reported by the call that caused it, as a {@link
 * org.copkit.api.shared.ConflictException}. A port call that has thrown leaves its transaction
 * fit only to roll back (PostgreSQL refuses any further statement in it): let the exception leave
 * {@code inTransaction}, and retry in a new transaction if at all.
 *
 * <p>Thread-safe: each thread works in its own transaction.
 */
public final class JpaStorage implements CopStorage {

  private final JpaTransactions transactions;
  private final Communities communities;
  private final Memberships memberships;
  private final JoinRequests joinRequests;
  private final Invitations invitations;
  private final AuditTrail auditTrail;
  private final JpaOutbox outbox;

  private JpaStorage(JpaTransactions transactions) {
    this.transactions = transactions;
    this.communities = CommunityStorage.communities(transactions);
    this.memberships = CommunityStorage.memberships(transactions);
    this.joinRequests = CommunityStorage.joinRequests(transactions);
    this.invitations = CommunityStorage.invitations(transactions);
    this.auditTrail = SharedStorage.auditTrail(transactions);
    this.outbox = SharedStorage.outbox(transactions, CommunityStorage::scopeOf);
  }

  /**
   * Creates the storage. The schema must exist already: see {@link CopSchema#migrate}.
   *
   * @param entityManagerFactory a factory for the persistence unit {@code copkit}, or for a host's
   *     own unit that includes {@link #entityClassNames()}
   * @return the storage
   */
  public static JpaStorage create(EntityManagerFactory entityManagerFactory) {
    return new JpaStorage(JpaTransactions.on(entityManagerFactory));
  }

  /**
   * The entities a persistence unit needs for CoPKit: the same list as the {@code copkit} unit in
   * {@code META-INF/persistence.xml}.
   *
   * @return the fully qualified names of the entity classes
   */
  public static List<String> entityClassNames() {
    return Stream.concat(SharedStorage.entityClasses().stream(), CommunityStorage.entityClasses().stream())
        .map(Class::getName)
        .toList();
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public Communities communities() {
    return communities;
  }

  @Override
  public Memberships memberships() {
    return memberships;
  }

  @Override
  public JoinRequests joinRequests() {
    return joinRequests;
  }

  @Override
  public Invitations invitations() {
    return invitations;
  }

  @Override
  public AuditTrail auditTrail() {
    return auditTrail;
  }

  /**
   * The event publisher to give the platform: it writes each event to the outbox table in the
   * current transaction.
   *
   * @return the publisher
   */
  public EventPublisher eventPublisher() {
    return outbox;
  }

  /** @return the outbox, for the host's relay */
  public JpaOutbox outbox() {
    return outbox;
  }
}
