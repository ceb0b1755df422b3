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
 * A member searches: two words or a question's title (6–9 words, of which Lucene needs a third and
 * PostgreSQL every one), top 10 with the facets by community, kind, tag and author, the
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
 * <p>The setup loads the documents (on PostgreSQL in the schema {@code copkit_search_bench_N}, kept for
 * the next trial and run; drop it by hand). {@code EnginesAgreeTest} checks that both engines give
 * the same totals and counts for the two-word queries. Run:
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

  /** What members type: two words, or a question's title (what the matching rule of long queries is for). */
  public enum Shape { TWO_WORDS, TITLE }

  @Param({"TWO_WORDS", "TITLE"})
  Shape shape;

  private SearchIndex index;
  private List<IndexQuery> queries;
  private PGSimpleDataSource admin;
  private String schema;
  private int next;

  @Setup(Level.Trial)
  public void load() throws SQLException {
    SearchWorkload workload = new SearchWorkload();
    queries = workload.queries(shape == Shape.TITLE);
    if (engine == Engine.POSTGRES) {
      index = kept(workload);
      return;
    }
    index = open(engine);
    fill(index, workload, documents);
  }

  /**
   * The PostgreSQL index of the workload's {@code documents} documents in the schema {@code
   * copkit_search_bench_N}, kept between trials and runs (filling a million rows takes minutes): used
   * as it is when it holds them all, filled afresh otherwise. Drop it by hand when done.
   */
  private SearchIndex kept(SearchWorkload workload) {
    String url = System.getenv(POSTGRES_URL);
    if (url == null) {
      throw new IllegalStateException(POSTGRES_URL + " is not set: no PostgreSQL to measure");
    }
    String kept = "copkit_search_bench_" + documents;
    admin = new PGSimpleDataSource();
    admin.setURL(url);
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setCurrentSchema(kept);
    if (count(kept) != documents) {
      execute("DROP SCHEMA IF EXISTS " + kept + " CASCADE");
      execute("CREATE SCHEMA " + kept);
      CopSchema.migrate(dataSource);
      SearchIndex filled = PostgresSearchIndex.on(dataSource);
      fill(filled, workload, documents);
      execute("ANALYZE " + kept + ".cop_search_document");
      return filled;
    }
    CopSchema.migrate(dataSource);
    return PostgresSearchIndex.on(dataSource);
  }

  /** @return how many documents the kept schema's index holds, -1 when there is none */
  private long count(String kept) {
    try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + kept + ".cop_search_document")) {
      return rows.next() ? rows.getLong(1) : -1;
    } catch (SQLException none) {
      return -1;
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
