package org.copkit.benchmarks.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.copkit.api.search.port.IndexQuery;
import org.copkit.api.search.port.IndexResult;
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
 * A member searches: two words, top 10 with the facets by community, kind, tag and author, the
 * permission filter inside the query ({@link SearchWorkload}: {@code documents} documents over 300
 * communities, the reader a member of 8). The same queries on the same documents, in one run:
 *
 * <ul>
 *   <li>{@code LUCENE}: {@link LuceneSearchIndex} in memory, BM25, the access as a filter clause, the
 *       exact total and the facets from doc values in the same pass;
 *   <li>{@code POSTGRES}: what a host would use instead, {@link PostgresSearchIndex}: PostgreSQL
 *       full-text search ({@code tsvector}, GIN, {@code plainto_tsquery}, {@code ts_rank}) with the
 *       same permission rule in SQL, the page, total and facets in one statement.
 * </ul>
 *
 * <p>The setup loads the documents (in a schema of its own on PostgreSQL, dropped afterwards) and
 * checks that both engines give the same totals for the first queries. Run:
 *
 * <pre>
 * mvn -q -o -Dcopkit.quick -pl benchmarks -am package -DskipTests
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -jar benchmarks/target/benchmarks.jar SearchQueryBenchmark -p documents=1000000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class SearchQueryBenchmark {

  static final String POSTGRES_URL = "COPKIT_BENCH_POSTGRES_URL";

  /** The engines compared. */
  public enum Engine { LUCENE, POSTGRES }

  @Param({"1000000"})
  int documents;

  @Param({"LUCENE", "POSTGRES"})
  Engine engine;

  private SearchIndex index;
  private List<IndexQuery> queries;
  private PGSimpleDataSource admin;
  private String schema;
  private int next;

  @Setup(Level.Trial)
  public void load() throws SQLException {
    SearchWorkload workload = new SearchWorkload();
    queries = workload.queries();
    index = open(engine);
    fill(index, workload, documents);
    if (engine == Engine.POSTGRES) {
      execute("ANALYZE " + schema + ".cop_search_document");
    }
  }

  SearchIndex open(Engine which) {
    if (which == Engine.LUCENE) {
      return LuceneSearchIndex.inMemory();
    }
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
    return PostgresSearchIndex.on(dataSource);
  }

  static void fill(SearchIndex index, SearchWorkload workload, int documents) {
    for (int from = 0; from < documents; from += 5_000) {
      index.put(workload.documents(from, Math.min(documents, from + 5_000)));
    }
    index.commit(1);
  }

  private void execute(String sql) {
    try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @TearDown(Level.Trial)
  public void drop() {
    if (index != null) {
      index.close();
    }
    if (schema != null) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Benchmark
  public IndexResult topTenWithFacets() {
    IndexQuery query = queries.get(next);
    next = (next + 1) % queries.size();
    return index.query(query);
  }
}
