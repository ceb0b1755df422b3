package org.copkit.benchmarks.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.copkit.api.search.port.SearchDocument;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.jpa.CopSchema;
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
 * Indexing {@code documents} documents of {@link SearchWorkload} into an empty index, in batches of
 * 5,000 then one commit, as a rebuild does (the documents are made before each iteration, so the
 * time is the index's alone): {@code LUCENE_MEMORY} and {@code LUCENE_DISK} ({@link LuceneSearchIndex},
 * the disk one in a temporary folder, made durable by the commit) against {@code POSTGRES}, what a
 * host would use instead ({@link PostgresSearchIndex}: batched upserts computing the {@code
 * tsvector}, the GIN index kept up). Documents per second = documents / time. Run:
 *
 * <pre>
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -jar benchmarks/target/benchmarks.jar SearchIndexingBenchmark -p documents=200000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SearchIndexingBenchmark {

  /** The engines compared. */
  public enum Engine { LUCENE_MEMORY, LUCENE_DISK, POSTGRES }

  @Param({"200000"})
  int documents;

  @Param({"LUCENE_MEMORY", "LUCENE_DISK", "POSTGRES"})
  Engine engine;

  private final SearchWorkload workload = new SearchWorkload();
  private SearchIndex index;
  private PGSimpleDataSource admin;
  private String schema;
  private java.nio.file.Path folder;

  @Setup(Level.Iteration)
  public void empty() throws Exception {
    switch (engine) {
      case LUCENE_MEMORY -> index = LuceneSearchIndex.inMemory();
      case LUCENE_DISK -> {
        folder = java.nio.file.Files.createTempDirectory("copkit-search-bench");
        index = LuceneSearchIndex.onDisk(folder);
      }
      case POSTGRES -> {
        String url = System.getenv(SearchQueryBenchmark.POSTGRES_URL);
        if (url == null) {
          throw new IllegalStateException(SearchQueryBenchmark.POSTGRES_URL + " is not set: no PostgreSQL to measure");
        }
        schema = "copkit_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin = new PGSimpleDataSource();
        admin.setURL(url);
        execute("CREATE SCHEMA " + schema);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setCurrentSchema(schema);
        CopSchema.migrate(dataSource);
        index = PostgresSearchIndex.on(dataSource);
      }
      default -> throw new IllegalStateException();
    }
  }

  @TearDown(Level.Iteration)
  public void drop() throws Exception {
    index.close();
    if (schema != null) {
      execute("DROP SCHEMA " + schema + " CASCADE");
      schema = null;
    }
    if (folder != null) {
      try (var files = java.nio.file.Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
      folder = null;
    }
  }

  private void execute(String sql) {
    try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The documents of an iteration, made before it so that the time is the index's alone. */
  private List<List<SearchDocument>> batches;

  @Setup(Level.Iteration)
  public void makeTheDocuments() {
    batches = new ArrayList<>();
    for (int from = 0; from < documents; from += 5_000) {
      batches.add(workload.documents(from, Math.min(documents, from + 5_000)));
    }
  }

  @Benchmark
  public long index() {
    for (List<SearchDocument> batch : batches) {
      index.put(batch);
    }
    index.commit(1);
    return index.checkpoint();
  }
}
