package org.copkit.benchmarks.search;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.port.SearchDocument;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.jpa.CopSchema;
import org.copkit.jpa.JpaStorage;
import org.copkit.jpa.PostgresSearchIndex;
import org.copkit.search.lucene.LuceneSearchIndex;
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
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A node starts with an empty index and rebuilds it from PostgreSQL: {@code documents} posts of
 * {@link SearchWorkload} (a thread's opening post for each thread document, the others as replies
 * spread over those threads) stored in {@code cop_thread} and {@code cop_post} with JDBC batches,
 * then {@code CopPlatform.builder()...build()} on the JPA storage, whose search sync reads them in
 * keyset batches of 2,000 through Hibernate ({@code SearchSources}) and indexes them:
 *
 * <ul>
 *   <li>{@code LUCENE}: into {@link LuceneSearchIndex#inMemory()};
 *   <li>{@code POSTGRES}: what a host would use instead, into {@link PostgresSearchIndex} (its table
 *       emptied first, so the platform rebuilds it).
 * </ul>
 *
 * Run:
 *
 * <pre>
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -jar benchmarks/target/benchmarks.jar SearchRebuildBenchmark -p documents=1000000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class SearchRebuildBenchmark {

  /** The engines compared. */
  public enum Engine { LUCENE, POSTGRES }

  @Param({"1000000"})
  int documents;

  @Param({"LUCENE", "POSTGRES"})
  Engine engine;

  private PGSimpleDataSource admin;
  private PGSimpleDataSource dataSource;
  private String schema;
  private EntityManagerFactory entityManagerFactory;
  private JpaStorage storage;
  private SearchIndex index;

  @Setup(Level.Trial)
  public void fill() throws SQLException {
    String url = System.getenv(SearchQueryBenchmark.POSTGRES_URL);
    if (url == null) {
      throw new IllegalStateException(SearchQueryBenchmark.POSTGRES_URL + " is not set: no PostgreSQL to measure");
    }
    schema = "copkit_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin = new PGSimpleDataSource();
    admin.setURL(url);
    execute(admin, "CREATE SCHEMA " + schema);
    dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setCurrentSchema(schema);
    CopSchema.migrate(dataSource);
    store(new SearchWorkload(), documents, dataSource);
    execute(dataSource, "ANALYZE");
    entityManagerFactory = Persistence.createEntityManagerFactory("copkit",
        Map.of("jakarta.persistence.nonJtaDataSource", dataSource, "hibernate.hbm2ddl.auto", "validate"));
    storage = JpaStorage.create(entityManagerFactory);
  }

  /** Stores the documents as threads (each with its opening post) and replies, with JDBC batches. */
  static void store(SearchWorkload workload, int documents, javax.sql.DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement community = connection.prepareStatement("INSERT INTO cop_community VALUES (?, ?, ?, '', 'OPEN',"
          + " 'ACTIVE', 'admin', ?, ?, 0)")) {
        Timestamp at = Timestamp.from(java.time.Instant.parse("2024-01-01T00:00:00Z"));
        for (int i = 0; i < SearchWorkload.COMMUNITIES; i++) {
          community.setString(1, String.format("00000000-0000-4000-8000-%012d", i));
          community.setString(2, "Community " + i);
          community.setString(3, "Domain " + i);
          community.setTimestamp(4, at);
          community.setTimestamp(5, at);
          community.addBatch();
        }
        community.executeBatch();
      }
      String lastThread = null;
      String lastCommunity = null;
      try (PreparedStatement thread = connection.prepareStatement("INSERT INTO cop_thread (id, community_id, kind, audience,"
          + " title, author, opening_post_id, tags, created_at, last_activity_at, status, state, is_pinned, replies, version)"
          + " VALUES (?, ?, 'DISCUSSION', ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, FALSE, 0, 0)");
          PreparedStatement post = connection.prepareStatement("INSERT INTO cop_post (id, thread_id, community_id, audience,"
              + " author, body, html, created_at, revision, state, statement_of_reasons, version, component)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, '', 0, 'KNOW_HOW')")) {
        for (int from = 0; from < documents; from += 5_000) {
          List<SearchDocument> batch = workload.documents(from, Math.min(documents, from + 5_000));
          for (SearchDocument d : batch) {
            boolean opens = d.kind() != SearchKind.POST || lastThread == null;
            String threadId = opens ? d.id() : lastThread;
            String community = opens ? d.community().toString() : lastCommunity;
            if (opens) {
              thread.setString(1, threadId);
              thread.setString(2, community);
              thread.setString(3, d.audience().name());
              thread.setString(4, d.title());
              thread.setString(5, d.author().value());
              thread.setString(6, d.id());
              thread.setString(7, String.join(" ", new TreeSet<>(d.tags())));
              thread.setTimestamp(8, Timestamp.from(d.createdAt()));
              thread.setTimestamp(9, Timestamp.from(d.createdAt()));
              thread.setString(10, d.published() ? "PUBLISHED" : "HELD");
              thread.addBatch();
              lastThread = threadId;
              lastCommunity = community;
            }
            post.setString(1, d.id());
            post.setString(2, threadId);
            post.setString(3, community);
            post.setString(4, d.audience().name());
            post.setString(5, d.author().value());
            post.setString(6, d.text());
            post.setString(7, "<p>" + d.text() + "</p>");
            post.setTimestamp(8, Timestamp.from(d.createdAt()));
            post.setString(9, d.published() ? "PUBLISHED" : "HELD");
            post.addBatch();
          }
          thread.executeBatch();
          post.executeBatch();
          connection.commit();
        }
      }
    }
  }

  private static void execute(javax.sql.DataSource on, String sql) {
    try (Connection connection = on.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Setup(Level.Iteration)
  public void emptyIndex() {
    if (engine == Engine.LUCENE) {
      index = LuceneSearchIndex.inMemory();
    } else {
      index = PostgresSearchIndex.on(dataSource);
      index.clear();
    }
  }

  /** Checks, outside the measured time, that every document was indexed. */
  @TearDown(Level.Iteration)
  public void closeIndex() {
    long total = index.query(new org.copkit.api.search.port.IndexQuery("",
        org.copkit.api.search.port.SearchAccess.all(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
        java.util.Set.of(), java.util.Optional.empty(), java.util.Optional.empty(), 0, 1, 0)).total();
    index.close();
    if (total != documents) {
      throw new IllegalStateException("the rebuild indexed " + total + " documents, not " + documents);
    }
  }

  @TearDown(Level.Trial)
  public void drop() {
    entityManagerFactory.close();
    execute(admin, "DROP SCHEMA " + schema + " CASCADE");
  }

  @Benchmark
  public long rebuild() {
    CopPlatform platform = CopPlatform.builder().storage(storage).directory(InMemoryDirectory.of())
        .discoverModerationRules(false).discoverRankingSignals(false).discoverActivityClassifiers(false)
        .discoverCompetenceFrameworks(false).searchIndex(index).build();
    platform.close();
    long checkpoint = index.checkpoint();
    if (checkpoint == 0) {
      throw new IllegalStateException("the index was not rebuilt");
    }
    return checkpoint;
  }
}
