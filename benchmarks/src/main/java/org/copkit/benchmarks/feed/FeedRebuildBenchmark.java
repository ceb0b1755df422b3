package org.copkit.benchmarks.feed;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.copkit.api.feed.FeedSettings;
import org.copkit.core.feed.FeedAssembly;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryNotifications;
import org.copkit.core.shared.Wiring;
import org.copkit.jpa.CopSchema;
import org.copkit.jpa.JpaStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Rebuilding a node's feed index from PostgreSQL when the platform starts: one million activities
 * published in 100 communities by 10,000 authors, as the change log holds them ({@code
 * cop_change}, filled with JDBC batches the way an import would, in the feed's body format).
 *
 * <ul>
 *   <li>{@code rebuild}: CoPKit's rebuild, {@code FeedAssembly.create} on the JPA storage: the whole
 *       log read in keyset batches of 5,000 through Hibernate, each change decoded, validated and
 *       appended to the ranking index;
 *   <li>{@code jpaSelectEntities}: the baseline, a plain JPA {@code SELECT} of the same rows as
 *       entities ({@code select c from CopChange c}) into one persistence context, doing nothing
 *       with them.
 * </ul>
 *
 * <p>Run:
 *
 * <pre>
 * mvn -q -pl benchmarks -am package -DskipTests -Dcopkit.quick
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -jar benchmarks/target/benchmarks.jar FeedRebuildBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class FeedRebuildBenchmark {

  static final String POSTGRES_URL = "COPKIT_BENCH_POSTGRES_URL";
  private static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");
  private static final String[] KINDS = {"DISCUSSION", "QUESTION", "ANNOUNCEMENT", "KNOWLEDGE_PILL", "OUTPUT"};
  private static final String[] COMPONENTS = {"ANTENNA", "KNOW_HOW", "PRODUCTION", "LEARNING"};

  @Param({"1000000"})
  int activities;

  private PGSimpleDataSource admin;
  private String schema;
  private EntityManagerFactory entityManagerFactory;
  private Wiring wiring;

  @Setup
  public void prepare() throws Exception {
    String url = System.getenv(POSTGRES_URL);
    if (url == null) {
      throw new IllegalStateException(POSTGRES_URL + " is not set: no PostgreSQL to measure");
    }
    schema = "copkit_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin = new PGSimpleDataSource();
    admin.setURL(url);
    execute("CREATE SCHEMA " + schema);
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setCurrentSchema(schema);
    CopSchema.migrate(dataSource);
    fill(dataSource);
    entityManagerFactory = Persistence.createEntityManagerFactory("copkit",
        Map.of("jakarta.persistence.nonJtaDataSource", dataSource, "hibernate.hbm2ddl.auto", "validate"));
    JpaStorage storage = JpaStorage.create(entityManagerFactory);
    wiring = new Wiring(storage, InMemoryDirectory.of(), storage.eventPublisher(), new InMemoryNotifications(),
        Clock.fixed(NOW, ZoneOffset.UTC));
    long applied = rebuild().catchUp();
    if (applied != activities) {
      throw new IllegalStateException("the rebuild applied up to " + applied + ", not " + activities);
    }
    if (jpaSelectEntities() != activities) {
      throw new IllegalStateException("the baseline did not read " + activities + " rows");
    }
  }

  @TearDown
  public void drop() throws SQLException {
    entityManagerFactory.close();
    execute("DROP SCHEMA " + schema + " CASCADE");
  }

  @Benchmark
  public FeedAssembly rebuild() {
    return FeedAssembly.create(wiring, FeedSettings.defaults(), List.of());
  }

  @Benchmark
  public int jpaSelectEntities() {
    EntityManager entityManager = entityManagerFactory.createEntityManager();
    try {
      return entityManager.createQuery("select c from CopChange c", Object.class).getResultList().size();
    } finally {
      entityManager.close();
    }
  }

  private void fill(PGSimpleDataSource dataSource) throws SQLException, IOException {
    SplittableRandom random = new SplittableRandom(42);
    UUID[] communities = new UUID[100];
    for (int c = 0; c < communities.length; c++) {
      communities[c] = new UUID(random.nextLong(), random.nextLong());
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO cop_change (seq, topic, change_key, body) VALUES (?, 'feed', ?, ?)")) {
        for (int i = 1; i <= activities; i++) {
          UUID id = new UUID(random.nextLong(), random.nextLong());
          insert.setLong(1, i);
          insert.setString(2, "activity:" + id);
          insert.setString(3, published(random, id, communities[random.nextInt(communities.length)]));
          insert.addBatch();
          if (i % 5_000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("UPDATE cop_change_counter SET last_seq = " + activities);
      }
      connection.commit();
    }
  }

  /** A publication in the feed's body format: its fields in binary, in Base64. */
  private static String published(SplittableRandom random, UUID id, UUID community) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(160);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte('P');
      out.writeLong(id.getMostSignificantBits());
      out.writeLong(id.getLeastSignificantBits());
      out.writeLong(community.getMostSignificantBits());
      out.writeLong(community.getLeastSignificantBits());
      out.writeUTF("member-" + random.nextInt(10_000));
      out.writeUTF(KINDS[random.nextInt(KINDS.length)]);
      out.writeLong(NOW.getEpochSecond() - random.nextInt(365 * 86_400));
      out.writeInt(0);
      out.writeInt(random.nextInt(20));
      out.writeInt(random.nextInt(50));
      int tags = random.nextInt(4);
      out.writeShort(tags);
      for (int t = 0; t < tags; t++) {
        out.writeUTF("tema-" + (t * 16 + random.nextInt(16)));
      }
      out.writeUTF(COMPONENTS[random.nextInt(COMPONENTS.length)]);
      out.writeUTF(random.nextInt(10) == 0 ? "CORE" : "COMMUNITY");
      out.writeBoolean(random.nextInt(20) == 0);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
