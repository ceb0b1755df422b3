package org.copkit.jpa;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.EventPublisher;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * The transactional outbox: domain events are written to the {@code cop_outbox} table in the same
 * transaction as the change they describe, so both are kept or neither; relays, on one node or on
 * every node, read them from here and forward them to the host's broker (Kafka, RabbitMQ, …).
 *
 * <p>A relay per node, run on a schedule:
 *
 * <pre>{@code
 * JpaOutbox.Relay relay = storage.outbox().relay("node-a").withLease(Duration.ofSeconds(30));
 * // every second:
 * relay.run(100, message -> broker.send(message.idempotencyKey(), message.eventType(), message.payload()));
 * }</pre>
 *
 * <p><b>Claims.</b> Each {@link Relay#run} first <em>claims</em> a batch in a short transaction of
 * its own: {@code SELECT id FROM cop_outbox WHERE published_at IS NULL AND (claim_until_ms IS NULL
 * OR claim_until_ms <= now) ORDER BY id LIMIT max FOR UPDATE SKIP LOCKED}, then an {@code UPDATE}
 * guarded by the same condition writes the run's owner ({@code claimed_by}: the relay's name and a
 * token of this run) and the claim's expiry ({@code claim_until_ms}: now plus the lease, in epoch
 * milliseconds by the relay's clock). Rows another relay is claiming at that moment are skipped,
 * not waited for, and rows under a live claim are not selected, so concurrent runs claim disjoint
 * batches. PostgreSQL, MariaDB 10.6+ and H2 2.x run the same statement; the guarded update alone
 * would keep claims disjoint on a database whose locking read waits instead of skipping. The
 * messages are delivered after that transaction, holding no lock, and one last transaction marks
 * those delivered as published and gives the others back, both only where the run's token is still
 * the owner. On PostgreSQL and MariaDB both transactions run at READ COMMITTED whatever the pool's
 * default, so that InnoDB's gap locks cannot make relays and use cases deadlock.
 *
 * <p><b>What is promised.</b> A message is handed to a relay only once its transaction has
 * committed, and never when it rolled back. While relays run normally (each run finishes within
 * its lease), every message is delivered exactly once, whatever the number of relays and nodes.
 * When {@code delivery} throws, what was delivered before stays marked, the one that failed and
 * those after it are given back at once and go to the next run of any relay. A relay whose process
 * dies or hangs mid-batch leaves its claim: once the lease has passed, any relay takes the batch
 * over and delivers again what the dead one may have sent, with the same {@link
 * OutboxMessage#idempotencyKey()}; a relay never starts a delivery after its own lease has passed.
 * Delivery is therefore at least once across crashes: consumers drop keys they have seen. Clocks of
 * the nodes must agree to well within the lease.
 *
 * <p><b>Order.</b> A run delivers its batch in the order written ({@link OutboxMessage#id()}). With
 * one relay running at a time, all messages arrive in the order written, so the events of one unit
 * of work in the order published and units in the order they committed. With several relays, each
 * batch is in order but batches run in parallel: events of the same community or aggregate may
 * arrive out of order across batches, and a batch given back or taken over is delivered after
 * later ones. Consumers that need per-scope order reorder by {@link OutboxMessage#id()}, or the
 * host runs a single relay. The contract of both sides is {@code
 * org.copkit.tck.shared.EventPublisherContract}. Thread-safe.
 */
public final class JpaOutbox implements EventPublisher {

  /** The most messages {@link #fetchUnpublished} returns or a relay run claims at once. */
  public static final int MAX_BATCH = 1000;

  /** How long a relay's claim holds unless {@link Relay#withLease} says otherwise. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(1);

  /** The longest relay name. */
  public static final int MAX_RELAY_NAME = 100;

  /** Times a run tries its claim or finish when the database sacrifices it to another transaction. */
  private static final int RELAY_TRIES = 5;

  private final JpaTransactions transactions;
  private final Function<DomainEvent, Optional<String>> scopeOf;
  private final EventJson json = new EventJson();
  /** Whether {@code SET TRANSACTION} is for one transaction only: false on H2. */
  private volatile boolean isolationPerTransaction;
  private volatile boolean probed;

  JpaOutbox(JpaTransactions transactions, Function<DomainEvent, Optional<String>> scopeOf) {
    this.transactions = transactions;
    this.scopeOf = scopeOf;
  }

  /**
   * Writes the event to the outbox in the current transaction, with a new idempotency key.
   *
   * @param event the event
   * @throws IllegalStateException when no transaction is running on this thread
   */
  @Override
  public void publish(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    OutboxRow row =
        new OutboxRow(
            UUID.randomUUID().toString(),
            event.occurredAt(),
            event.getClass().getSimpleName(),
            scopeOf.apply(event),
            json.write(event));
    transactions.insert(row, "outbox message for " + event.getClass().getSimpleName());
  }

  /**
   * The oldest messages not yet marked published, in the order they were written, claimed or not:
   * for inspection and monitoring. It claims nothing; relays use {@link #relay(String)}. Runs in its
   * own transaction, or joins the current one.
   *
   * @param max the most messages to return, 1 to {@value #MAX_BATCH}
   * @return the messages
   */
  public List<OutboxMessage> fetchUnpublished(int max) {
    checkMax(max);
    return transactions.inTransaction(
        () ->
            transactions
                .entityManager()
                .createQuery("select o from CopOutboxMessage o where o.publishedAt is null order by o.id", OutboxRow.class)
                .setMaxResults(max)
                .getResultStream()
                .map(OutboxRow::toMessage)
                .toList());
  }

  /**
   * A relay of this outbox, with the {@link #DEFAULT_LEASE} and the system clock. Make one per node
   * (or per relay thread) and call {@link Relay#run} on a schedule; any number may run at once.
   *
   * @param name the relay's name, recorded with its claims for operators, such as the node's host
   *     name: 1 to {@value #MAX_RELAY_NAME} characters, not blank
   * @return the relay
   * @throws IllegalArgumentException when the name is blank or too long
   */
  public Relay relay(String name) {
    return new Relay(this, name, DEFAULT_LEASE, Clock.systemUTC());
  }

  /**
   * Runs a relay once, with the {@link #DEFAULT_LEASE} counted from {@code publishedAt}: the same as
   * {@code relay("relay").withClock(Clock.fixed(publishedAt, UTC)).run(max, delivery)}. Call it
   * outside a transaction: it runs its own.
   *
   * @param max the most messages to deliver, 1 to {@value #MAX_BATCH}
   * @param publishedAt the time to record as their publication, and the relay's now
   * @param delivery sends one message to the host's broker
   * @return how many were delivered
   */
  public int relay(int max, Instant publishedAt, Consumer<OutboxMessage> delivery) {
    Objects.requireNonNull(publishedAt, "publishedAt");
    return relay("relay").withClock(Clock.fixed(publishedAt, ZoneOffset.UTC)).run(max, delivery);
  }

  /**
   * Marks messages published, whoever holds them, so that no relay claims them again. Messages
   * already marked keep their first publication time. For hosts that deliver by other means; a
   * {@link Relay} marks what it delivers itself. Runs in its own transaction, or joins the current
   * one.
   *
   * @param ids the {@link OutboxMessage#id()}s of the messages sent
   * @param publishedAt when they were sent
   */
  public void markPublished(Collection<Long> ids, Instant publishedAt) {
    Objects.requireNonNull(publishedAt, "publishedAt");
    if (ids.isEmpty()) {
      return;
    }
    transactions.inTransaction(
        () ->
            transactions
                .entityManager()
                .createQuery(
                    "update CopOutboxMessage o set o.publishedAt = :publishedAt, o.claimedBy = null, o.claimUntilMs = null"
                        + " where o.id in :ids and o.publishedAt is null")
                .setParameter("publishedAt", publishedAt)
                .setParameter("ids", List.copyOf(ids))
                .executeUpdate());
  }

  private static void checkMax(int max) {
    if (max < 1 || max > MAX_BATCH) {
      throw new IllegalArgumentException("max must be between 1 and " + MAX_BATCH + ", was " + max);
    }
  }

  /** Claims at most {@code max} messages for the run {@code owner} until {@code until}. */
  private List<OutboxMessage> claim(String owner, int max, long now, long until) {
    probeDatabase();
    return retryingSacrificed(() -> transactions.inTransaction(() -> claimNow(owner, max, now, until)));
  }

  /**
   * Runs a relay transaction again when the database sacrificed it to another (a deadlock, a
   * serialization failure): a claim lost that way claims nothing, and a finish lost that way would
   * leave delivered messages to be sent again after the lease.
   */
  private static <T> T retryingSacrificed(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (ConflictException sacrificed) {
        if (sacrificed.kind() != ConflictException.Kind.STALE_VERSION || attempt == RELAY_TRIES) {
          throw sacrificed;
        }
      }
    }
  }

  /**
   * Runs the relay's own short transactions at READ COMMITTED, whatever the connections' default:
   * InnoDB at REPEATABLE READ would lock the gaps next to the rows a claim scans and updates, so
   * that use cases inserting new events and relays claiming them could deadlock. {@code SET
   * TRANSACTION} sets the level of the current transaction on PostgreSQL and of the next one on
   * MariaDB, but of the whole session on H2, which has no gap locks: there the relay leaves the
   * level alone rather than change it for the pooled connection's later users.
   */
  private void readCommitted(EntityManager entityManager) {
    if (isolationPerTransaction) {
      entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL READ COMMITTED").executeUpdate();
    }
  }

  /** Finds out, once, whether the database is H2, in a transaction of its own. */
  private void probeDatabase() {
    if (probed) {
      return;
    }
    Number h2 =
        transactions.inTransaction(
            () ->
                (Number)
                    transactions
                        .entityManager()
                        .createNativeQuery(
                            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                                + " WHERE TABLE_SCHEMA = 'INFORMATION_SCHEMA' AND TABLE_NAME = 'SETTINGS'")
                        .getSingleResult());
    isolationPerTransaction = h2.longValue() == 0;
    probed = true;
  }

  private List<OutboxMessage> claimNow(String owner, int max, long now, long until) {
    EntityManager entityManager = transactions.entityManager();
    readCommitted(entityManager);
    List<Long> ids =
        ((List<?>)
                entityManager
                    .createNativeQuery(
                        "SELECT id FROM cop_outbox WHERE published_at IS NULL"
                            + " AND (claim_until_ms IS NULL OR claim_until_ms <= ?1)"
                            + " ORDER BY id LIMIT " + max + " FOR UPDATE SKIP LOCKED")
                    .setParameter(1, now)
                    .getResultList())
            .stream()
            .map(id -> ((Number) id).longValue())
            .toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    entityManager
        .createQuery(
            "update CopOutboxMessage o set o.claimedBy = :owner, o.claimUntilMs = :until, o.attempts = o.attempts + 1"
                + " where o.id in :ids and o.publishedAt is null and (o.claimUntilMs is null or o.claimUntilMs <= :now)")
        .setParameter("owner", owner)
        .setParameter("until", until)
        .setParameter("ids", ids)
        .setParameter("now", now)
        .executeUpdate();
    return entityManager
        .createQuery("select o from CopOutboxMessage o where o.id in :ids and o.claimedBy = :owner order by o.id", OutboxRow.class)
        .setParameter("ids", ids)
        .setParameter("owner", owner)
        .getResultStream()
        .map(OutboxRow::toMessage)
        .toList();
  }

  /**
   * Ends a run: marks {@code sent} published and gives the rest of the batch back, both only where
   * {@code owner} still holds the claim.
   */
  private void finish(String owner, List<OutboxMessage> batch, List<Long> sent, Instant publishedAt) {
    Set<Long> delivered = new HashSet<>(sent);
    List<Long> unsent = batch.stream().map(OutboxMessage::id).filter(id -> !delivered.contains(id)).toList();
    retryingSacrificed(() -> finishNow(owner, sent, unsent, publishedAt));
  }

  private Void finishNow(String owner, List<Long> sent, List<Long> unsent, Instant publishedAt) {
    return transactions.inTransaction(
        () -> {
          EntityManager entityManager = transactions.entityManager();
          readCommitted(entityManager);
          if (!sent.isEmpty()) {
            entityManager
                .createQuery(
                    "update CopOutboxMessage o set o.publishedAt = :publishedAt, o.claimedBy = null, o.claimUntilMs = null"
                        + " where o.id in :ids and o.claimedBy = :owner and o.publishedAt is null")
                .setParameter("publishedAt", publishedAt)
                .setParameter("ids", sent)
                .setParameter("owner", owner)
                .executeUpdate();
          }
          if (!unsent.isEmpty()) {
            entityManager
                .createQuery(
                    "update CopOutboxMessage o set o.claimedBy = null, o.claimUntilMs = null"
                        + " where o.id in :ids and o.claimedBy = :owner and o.publishedAt is null")
                .setParameter("ids", unsent)
                .setParameter("owner", owner)
                .executeUpdate();
          }
          return null;
        });
  }

  /**
   * One relay of the outbox: claims a batch, delivers it, marks what was delivered and gives back
   * the rest, each {@link #run} on its own. Immutable and thread-safe; concurrent runs of one relay
   * claim disjoint batches like runs of different relays, each with its own token.
   */
  public static final class Relay {

    private final JpaOutbox outbox;
    private final String name;
    private final Duration lease;
    private final Clock clock;

    private Relay(JpaOutbox outbox, String name, Duration lease, Clock clock) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank() || name.length() > MAX_RELAY_NAME) {
        throw new IllegalArgumentException("a relay's name has 1 to " + MAX_RELAY_NAME + " characters, not blank");
      }
      Objects.requireNonNull(lease, "lease");
      if (lease.isNegative() || lease.isZero() || lease.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException("a relay's lease is positive and at most a day, was " + lease);
      }
      this.outbox = outbox;
      this.name = name;
      this.lease = lease;
      this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The same relay with another lease: how long a claimed batch stays this run's before any relay
     * may take it over. Longer than the slowest batch delivery, far longer than the clock skew
     * between nodes; shorter means a crashed node's batch waits less.
     *
     * @param lease positive, at most a day
     * @return the relay
     * @throws IllegalArgumentException when the lease is not positive or above a day
     */
    public Relay withLease(Duration lease) {
      return new Relay(outbox, name, lease, clock);
    }

    /**
     * The same relay on another clock, which dates its claims, decides when they lapse and dates
     * publications.
     *
     * @param clock the clock
     * @return the relay
     */
    public Relay withClock(Clock clock) {
      return new Relay(outbox, name, lease, clock);
    }

    /** @return the relay's name */
    public String name() {
      return name;
    }

    /** @return how long its claims hold */
    public Duration lease() {
      return lease;
    }

    /**
     * Runs the relay once: claims the oldest messages nobody holds (not yet published, unclaimed or
     * with a lapsed claim), at most {@code max}, hands them to {@code delivery} in the order
     * written, then marks those it returned for as published and gives the others back. It stops
     * early, giving the rest back, when its lease passes. When {@code delivery} throws, the
     * messages it returned for before are marked all the same, the one that failed and those after
     * it are given back for the next run, and the exception reaches the caller. Call it outside a
     * transaction: it runs its own short ones (at READ COMMITTED on PostgreSQL and MariaDB), and
     * holds no lock while delivering.
     *
     * @param max the most messages to deliver, 1 to {@value #MAX_BATCH}
     * @param delivery sends one message to the host's broker
     * @return how many were delivered
     * @throws IllegalStateException when called inside a transaction of the storage
     */
    public int run(int max, Consumer<OutboxMessage> delivery) {
      checkMax(max);
      Objects.requireNonNull(delivery, "delivery");
      if (outbox.transactions.inProgress()) {
        throw new IllegalStateException("a relay runs its own transactions: call it outside Transactions.inTransaction(..)");
      }
      long now = clock.millis();
      long until = now + lease.toMillis();
      String owner = name + "#" + UUID.randomUUID();
      List<OutboxMessage> batch = outbox.claim(owner, max, now, until);
      if (batch.isEmpty()) {
        return 0;
      }
      List<Long> sent = new ArrayList<>();
      try {
        for (OutboxMessage message : batch) {
          if (clock.millis() >= until) {
            break;
          }
          delivery.accept(message);
          sent.add(message.id());
        }
      } catch (RuntimeException | Error failure) {
        try {
          outbox.finish(owner, batch, sent, clock.instant());
        } catch (RuntimeException finishFailure) {
          failure.addSuppressed(finishFailure);
        }
        throw failure;
      }
      outbox.finish(owner, batch, sent, clock.instant());
      return sent.size();
    }

    @Override
    public String toString() {
      return "relay " + name + " (lease " + lease + ")";
    }
  }
}
