package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.shared.SharedFixtures.T0;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.copkit.api.community.CommunityEvent.MemberLeft;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox drained by relays on two nodes of one database: two entity-manager factories on one
 * migrated schema, each with its own {@link JpaStorage}, relays on real threads. A subclass per
 * database names it.
 */
abstract class OutboxRelaySuite {

  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  /** @return the database under test */
  abstract TestDatabase database();

  private TestDatabase.IsolatedSchema schema;
  private EntityManagerFactory nodeA;
  private EntityManagerFactory nodeB;
  private JpaStorage storageA;
  private JpaStorage storageB;
  private final CommunityId community = CommunityId.random();
  private final AtomicInteger published = new AtomicInteger();

  @BeforeEach
  void twoNodesOnOneDatabase() {
    schema = database().createSchema();
    CopSchema.migrate(schema.dataSource());
    nodeA = MigratedStorage.entityManagerFactory(schema);
    nodeB = MigratedStorage.entityManagerFactory(schema);
    storageA = JpaStorage.create(nodeA);
    storageB = JpaStorage.create(nodeB);
  }

  @AfterEach
  void dropTheDatabase() throws SQLException {
    if (nodeA != null && nodeA.isOpen()) {
      nodeA.close();
    }
    if (nodeB != null && nodeB.isOpen()) {
      nodeB.close();
    }
    if (schema != null) {
      schema.close();
    }
  }

  @Test
  void twoNodesUnderLoadDeliverEveryEventExactlyOnceInDisjointOrderedBatches() throws Exception {
    Load load = new Load(0);

    load.run();

    Map<String, Integer> rows = deliveredOnceEach(load);
    assertThat(load.deliveredByNode.get("a").get()).as("node A's relays delivered some").isPositive();
    assertThat(load.deliveredByNode.get("b").get()).as("node B's relays delivered some").isPositive();
    assertThat(load.unorderedBatches).as("each batch in the order written").isEmpty();
    assertThat(rows.values()).as("relays running normally claim each row once").containsOnly(1);
  }

  @Test
  void deliveryFailuresAreRetriedUntilEveryEventIsDeliveredExactlyOnce() throws Exception {
    Load load = new Load(7);

    load.run();

    Map<String, Integer> attempts = deliveredOnceEach(load);
    assertThat(load.failedKeys).as("some deliveries failed").isNotEmpty();
    assertThat(load.deliveries.keySet()).as("every event whose delivery failed was delivered later")
        .containsAll(load.failedKeys);
    for (String failed : load.failedKeys) {
      assertThat(attempts.get(failed)).as("an event that failed was claimed again").isGreaterThan(1);
    }
  }

  @Test
  void aNodeKilledMidBatchLosesNothingItsBatchIsTakenOverAfterTheLease() {
    MovableClock clock = new MovableClock(T0);
    JpaOutbox.Relay relayA = storageA.outbox().relay("node-a").withLease(LEASE).withClock(clock);
    JpaOutbox.Relay relayB = storageB.outbox().relay("node-b").withLease(LEASE).withClock(clock);
    List<String> written = commit(storageA, 10);
    List<OutboxMessage> handedToA = new ArrayList<>();
    Error killed = new Error("node A killed");

    assertThatThrownBy(() -> relayA.run(10, message -> {
      handedToA.add(message);
      if (handedToA.size() == 4) {
        nodeA.close(); // the node and its database access are gone: its claim is never completed
        throw killed;
      }
    })).isSameAs(killed);
    List<String> writtenOnB = commit(storageB, 2);
    List<OutboxMessage> beforeTheLease = relay(relayB, 100);
    clock.advance(LEASE.minusMillis(1));
    List<OutboxMessage> justBeforeTheLease = relay(relayB, 100);
    clock.advance(Duration.ofMillis(1));
    List<OutboxMessage> afterTheLease = relay(relayB, 100);

    assertThat(keys(handedToA)).containsExactlyElementsOf(written.subList(0, 4));
    assertThat(keys(beforeTheLease)).as("node B delivers only what node A did not claim")
        .containsExactlyElementsOf(writtenOnB);
    assertThat(justBeforeTheLease).as("nothing while node A's claim holds").isEmpty();
    assertThat(keys(afterTheLease)).as("once the lease has passed, node B takes the whole batch over, in order, with the same keys")
        .containsExactlyElementsOf(written);
    assertThat(afterTheLease).extracting(OutboxMessage::attempts).as("claimed twice").containsOnly(2);
    assertThat(afterTheLease.subList(0, 4)).extracting(OutboxMessage::id)
        .containsExactlyElementsOf(handedToA.stream().map(OutboxMessage::id).toList());
    assertThat(relay(relayB, 100)).as("nothing left, nothing twice").isEmpty();
    assertThat(unpublished()).isZero();
  }

  @Test
  void aRelayWhoseLeasePassedStopsAndItsLateFinishUndoesNothing() throws Exception {
    MovableClock clock = new MovableClock(T0);
    JpaOutbox.Relay relayA = storageA.outbox().relay("node-a").withLease(LEASE).withClock(clock);
    JpaOutbox.Relay relayB = storageB.outbox().relay("node-b").withLease(LEASE).withClock(clock);
    List<String> written = commit(storageA, 5);
    CountDownLatch stuck = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    List<OutboxMessage> handedToA = Collections.synchronizedList(new ArrayList<>());
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> runA = thread.submit(() -> relayA.run(10, message -> {
        handedToA.add(message);
        if (handedToA.size() == 2) {
          stuck.countDown();
          await(resume); // a broker call that hangs past the lease
        }
      }));
      await(stuck);
      clock.advance(LEASE);
      List<OutboxMessage> takenOver = relay(relayB, 100);
      resume.countDown();
      int deliveredByA = runA.get(1, TimeUnit.MINUTES);

      assertThat(keys(takenOver)).as("node B takes the lapsed batch over").containsExactlyElementsOf(written);
      assertThat(deliveredByA).as("node A starts no delivery once its lease has passed").isEqualTo(2);
      assertThat(keys(handedToA)).containsExactlyElementsOf(written.subList(0, 2));
      assertThat(relay(relayA, 100)).as("node A's late finish neither gives back nor re-marks node B's work").isEmpty();
      assertThat(unpublished()).isZero();
    } finally {
      resume.countDown();
      thread.shutdownNow();
    }
  }

  @Test
  void aRelayRefusesToRunInsideATransactionAndClaimsNothing() {
    List<String> written = commit(storageA, 2);
    JpaOutbox.Relay relay = storageA.outbox().relay("node-a");

    assertThatThrownBy(() -> storageA.transactions().inTransaction(() -> relay.run(10, message -> {})))
        .isInstanceOf(IllegalStateException.class);

    assertThat(keys(relay(relay, 10))).as("nothing was claimed by the refused run").containsExactlyElementsOf(written);
  }

  @Test
  void eventsWrittenBeforeTheClaimsMigrationGetKeysOfTheirOwnAndAreRelayed() throws SQLException {
    try (TestDatabase.IsolatedSchema old = database().createSchema()) {
      String vendor = switch (database()) {
        case H2 -> "h2";
        case POSTGRES -> "postgresql";
        case MARIADB -> "mariadb";
      };
      Flyway.configure()
          .dataSource(old.dataSource())
          .table(CopSchema.HISTORY_TABLE)
          .locations("classpath:" + CopSchema.MIGRATIONS + "/" + vendor)
          .target("5")
          .load()
          .migrate();
      try (Connection connection = old.dataSource().getConnection();
          Statement statement = connection.createStatement()) {
        for (int i = 0; i < 3; i++) {
          statement.executeUpdate(
              "INSERT INTO cop_outbox (occurred_at, event_type, scope, payload) VALUES (CURRENT_TIMESTAMP, 'MemberLeft', NULL, '{}')");
        }
      }

      CopSchema.migrate(old.dataSource());
      EntityManagerFactory node = MigratedStorage.entityManagerFactory(old);
      try {
        List<OutboxMessage> delivered = relay(JpaStorage.create(node).outbox().relay("node-a"), 100);

        assertThat(delivered).hasSize(3);
        assertThat(keys(delivered)).allSatisfy(key -> assertThat(key).hasSize(36)).doesNotHaveDuplicates();
      } finally {
        node.close();
      }
    }
  }

  /**
   * Writers on both nodes commit units of three events while two relay threads per node drain the
   * outbox in batches of 25; every {@code failEvery}-th delivery throws (0: none).
   */
  private final class Load {

    private static final int WRITERS_PER_NODE = 2;
    private static final int UNITS_PER_WRITER = 100;
    private static final int EVENTS_PER_UNIT = 3;
    private static final int RELAYS_PER_NODE = 2;
    private static final int TOTAL = 2 * WRITERS_PER_NODE * UNITS_PER_WRITER * EVENTS_PER_UNIT;

    private final int failEvery;
    final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> deliveredByNode = Map.of("a", new AtomicInteger(), "b", new AtomicInteger());
    final List<String> failedKeys = Collections.synchronizedList(new ArrayList<>());
    final List<List<Long>> unorderedBatches = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger delivered = new AtomicInteger();
    private final List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());

    Load(int failEvery) {
      this.failEvery = failEvery;
    }

    void run() throws Exception {
      ExecutorService threads = Executors.newFixedThreadPool(2 * WRITERS_PER_NODE + 2 * RELAYS_PER_NODE);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> tasks = new ArrayList<>();
      try {
        for (int w = 0; w < WRITERS_PER_NODE; w++) {
          tasks.add(threads.submit(() -> write(storageA, start)));
          tasks.add(threads.submit(() -> write(storageB, start)));
        }
        for (int r = 0; r < RELAYS_PER_NODE; r++) {
          tasks.add(threads.submit(() -> relay("a", storageA.outbox().relay("node-a"), start)));
          tasks.add(threads.submit(() -> relay("b", storageB.outbox().relay("node-b"), start)));
        }
        start.countDown();
        for (Future<?> task : tasks) {
          task.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
      } finally {
        threads.shutdownNow();
      }
      assertThat(unexpected).as("no relay or writer failed but by the injected failures").isEmpty();
    }

    private Void write(JpaStorage storage, CountDownLatch start) {
      await(start);
      for (int u = 0; u < UNITS_PER_WRITER; u++) {
        publish(storage, EVENTS_PER_UNIT);
      }
      return null;
    }

    private Void relay(String node, JpaOutbox.Relay relay, CountDownLatch start) throws InterruptedException {
      await(start);
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (delivered.get() < TOTAL && System.nanoTime() < deadline) {
        List<Long> batch = new ArrayList<>();
        int count = 0;
        try {
          count = relay.run(25, message -> {
            if (failEvery > 0 && calls.incrementAndGet() % failEvery == 0) {
              failedKeys.add(message.idempotencyKey());
              throw new BrokerDown();
            }
            batch.add(message.id());
            deliveries.computeIfAbsent(message.idempotencyKey(), key -> new AtomicInteger()).incrementAndGet();
          });
        } catch (BrokerDown expected) {
          count = batch.size();
        } catch (RuntimeException | Error failure) {
          unexpected.add(failure);
          return null;
        }
        delivered.addAndGet(batch.size());
        deliveredByNode.get(node).addAndGet(batch.size());
        if (count != batch.size()) {
          unexpected.add(new AssertionError("the relay counted " + count + " but delivered " + batch.size()));
        }
        if (!batch.equals(batch.stream().sorted().toList())) {
          unorderedBatches.add(batch);
        }
        if (count == 0) {
          Thread.sleep(2);
        }
      }
      return null;
    }
  }

  /** A delivery failure injected by the load. */
  private static final class BrokerDown extends RuntimeException {
    BrokerDown() {
      super("the broker went away", null, false, false);
    }
  }

  /**
   * Checks every event written was delivered exactly once and marked published.
   *
   * @return each row's claim count, by idempotency key
   */
  private Map<String, Integer> deliveredOnceEach(Load load) throws SQLException {
    Map<String, Integer> attempts = new HashMap<>();
    try (Connection connection = schema.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT event_key, attempts, published_at FROM cop_outbox")) {
      while (rows.next()) {
        assertThat(rows.getObject("published_at")).as("every row marked published").isNotNull();
        attempts.put(rows.getString("event_key"), rows.getInt("attempts"));
      }
    }
    assertThat(attempts).as("every event written").hasSize(Load.TOTAL);
    assertThat(load.deliveries.keySet()).as("every event delivered").containsExactlyInAnyOrderElementsOf(attempts.keySet());
    assertThat(load.deliveries.values()).extracting(AtomicInteger::get).as("each exactly once").containsOnly(1);
    return attempts;
  }

  /**
   * Commits a unit of work of {@code events} events, alone on the database.
   *
   * @return their idempotency keys, in order
   */
  private List<String> commit(JpaStorage storage, int events) {
    publish(storage, events);
    return newestKeys(storage, events);
  }

  /** Commits a unit of work of {@code events} events. */
  private void publish(JpaStorage storage, int events) {
    storage.transactions().inTransaction(() -> {
      for (int i = 0; i < events; i++) {
        int number = published.incrementAndGet();
        storage.eventPublisher().publish(new MemberLeft(community, MemberId.of("member-" + number), Optional.empty(), T0));
      }
      return null;
    });
  }

  private List<String> newestKeys(JpaStorage storage, int count) {
    List<String> unpublished = keys(storage.outbox().fetchUnpublished(JpaOutbox.MAX_BATCH));
    return unpublished.subList(unpublished.size() - count, unpublished.size());
  }

  private static List<OutboxMessage> relay(JpaOutbox.Relay relay, int max) {
    List<OutboxMessage> delivered = new ArrayList<>();
    int count = relay.run(max, delivered::add);
    assertThat(count).isEqualTo(delivered.size());
    return delivered;
  }

  private static List<String> keys(List<OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::idempotencyKey).toList();
  }

  private long unpublished() {
    try (Connection connection = schema.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM cop_outbox WHERE published_at IS NULL")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(1, TimeUnit.MINUTES)) {
        throw new AssertionError("the other thread did not get there in a minute");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private final AtomicReference<Instant> now;

    MovableClock(Instant start) {
      now = new AtomicReference<>(start);
    }

    void advance(Duration duration) {
      now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
