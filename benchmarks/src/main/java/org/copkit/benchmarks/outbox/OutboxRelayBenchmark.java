package org.copkit.benchmarks.outbox;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.copkit.jpa.CopSchema;
import org.copkit.jpa.JpaOutbox;
import org.copkit.jpa.JpaStorage;
import org.copkit.jpa.OutboxMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Draining an outbox of {@value #EVENTS} committed events in batches of {@value #BATCH}, on the
 * same database and data in one run:
 *
 * <ul>
 *   <li>{@code oneRelay}: one {@link JpaOutbox.Relay} (claim with {@code FOR UPDATE SKIP LOCKED},
 *       deliver, finish);
 *   <li>{@code twoRelaysOnTwoNodes}: two relays, each on its own entity-manager factory, on two
 *       threads, sharing the work through their claims;
 *   <li>{@code fetchAndMarkAlone}: what a host would write without claims, {@code
 *       fetchUnpublished} then {@code markPublished}: correct only while one relay runs.
 * </ul>
 *
 * <p>{@code brokerMicros} is what the broker takes per message (parked, not spinning). Every
 * iteration refills the outbox by JDBC, and checks afterwards that every event was delivered
 * exactly once and marked.
 *
 * <pre>
 * mvn -q -o -Dcopkit.quick -pl benchmarks -am package -DskipTests
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -jar benchmarks/target/benchmarks.jar OutboxRelayBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class OutboxRelayBenchmark {

  static final int EVENTS = 5_000;
  static final int BATCH = 100;
  static final String POSTGRES_URL = "COPKIT_BENCH_POSTGRES_URL";

  /** The database. */
  public enum Database {
    H2,
    POSTGRESQL
  }

  @Param({"H2", "POSTGRESQL"})
  Database database;

  @Param({"0", "200"})
  int brokerMicros;

  private String schema;
  private HikariDataSource dataSource;
  private EntityManagerFactory nodeA;
  private EntityManagerFactory nodeB;
  private JpaStorage storageA;
  private JpaStorage storageB;
  private final Set<String> delivered = ConcurrentHashMap.newKeySet();
  private final AtomicInteger deliveries = new AtomicInteger();
  private ExecutorService threads;

  @Setup(Level.Trial)
  public void twoNodes() throws SQLException {
    schema = "copkit_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(8);
    if (database == Database.H2) {
      config.setJdbcUrl("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
    } else {
      String url = System.getenv(POSTGRES_URL);
      if (url == null) {
        throw new IllegalStateException(POSTGRES_URL + " is not set: no PostgreSQL to measure");
      }
      try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement()) {
        statement.execute("CREATE SCHEMA " + schema);
      }
      config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }
    dataSource = new HikariDataSource(config);
    CopSchema.migrate(dataSource);
    nodeA = Persistence.createEntityManagerFactory("copkit", Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
    nodeB = Persistence.createEntityManagerFactory("copkit", Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
    storageA = JpaStorage.create(nodeA);
    storageB = JpaStorage.create(nodeB);
    threads = Executors.newFixedThreadPool(2);
  }

  @Setup(Level.Iteration)
  public void fill() throws SQLException {
    delivered.clear();
    deliveries.set(0);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("DELETE FROM cop_outbox");
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO cop_outbox (occurred_at, event_type, scope, payload, event_key) VALUES (?, 'MemberLeft', ?, ?, ?)")) {
        Timestamp at = Timestamp.from(Instant.parse("2026-06-01T00:00:00Z"));
        for (int i = 0; i < EVENTS; i++) {
          insert.setTimestamp(1, at);
          insert.setString(2, "community-" + (i % 20));
          insert.setString(3, "{\"member\":\"member-" + i + "\"}");
          insert.setString(4, UUID.randomUUID().toString());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      connection.commit();
    }
  }

  @TearDown(Level.Iteration)
  public void everyEventOnce() throws SQLException {
    if (deliveries.get() != EVENTS || delivered.size() != EVENTS) {
      throw new IllegalStateException(deliveries.get() + " deliveries of " + delivered.size() + " events, expected " + EVENTS);
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM cop_outbox WHERE published_at IS NULL")) {
      rows.next();
      if (rows.getLong(1) != 0) {
        throw new IllegalStateException(rows.getLong(1) + " events left unpublished");
      }
    }
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    threads.shutdownNow();
    nodeA.close();
    nodeB.close();
    dataSource.close();
    if (database == Database.POSTGRESQL) {
      try (Connection admin = DriverManager.getConnection(System.getenv(POSTGRES_URL));
          Statement statement = admin.createStatement()) {
        statement.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  @Benchmark
  public int oneRelay() {
    return drain(storageA.outbox().relay("node-a"));
  }

  @Benchmark
  public int twoRelaysOnTwoNodes() throws Exception {
    List<Future<Integer>> relays = new ArrayList<>();
    relays.add(threads.submit(() -> drain(storageA.outbox().relay("node-a"))));
    relays.add(threads.submit(() -> drain(storageB.outbox().relay("node-b"))));
    int total = 0;
    for (Future<Integer> relay : relays) {
      total += relay.get();
    }
    return total;
  }

  @Benchmark
  public int fetchAndMarkAlone() {
    JpaOutbox outbox = storageA.outbox();
    int total = 0;
    List<OutboxMessage> batch;
    while (!(batch = outbox.fetchUnpublished(BATCH)).isEmpty()) {
      List<Long> sent = new ArrayList<>(batch.size());
      for (OutboxMessage message : batch) {
        send(message);
        sent.add(message.id());
      }
      outbox.markPublished(sent, Instant.now());
      total += sent.size();
    }
    return total;
  }

  private int drain(JpaOutbox.Relay relay) {
    int mine = 0;
    while (deliveries.get() < EVENTS) {
      int count = relay.run(BATCH, this::send);
      mine += count;
      if (count == 0) {
        Thread.onSpinWait();
      }
    }
    return mine;
  }

  private void send(OutboxMessage message) {
    if (brokerMicros > 0) {
      LockSupport.parkNanos(brokerMicros * 1_000L);
    }
    delivered.add(message.idempotencyKey());
    deliveries.incrementAndGet();
  }
}
