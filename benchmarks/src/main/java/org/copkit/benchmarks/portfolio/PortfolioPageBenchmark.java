package org.copkit.benchmarks.portfolio;

import java.util.List;
import java.util.concurrent.TimeUnit;
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

/**
 * A member's portfolio page that selects all her {@code evidence} pieces (units completed, events
 * attended, knowledge items written in an OPEN, two CLOSED and a SECRET community), shared with
 * one CLOSED community and read by one of its participants ({@link PortfolioWorkload}), on the same
 * data in the same run:
 *
 * <ul>
 *   <li>{@code page}: CoPKit's {@code Portfolios.page}: the owner's evidence read through indexed
 *       joins ({@code EvidenceSources}), her own entries, the page, and the visibility rule;
 *   <li>{@code loadEverythingAndFilter}: the straightforward alternative through JDBC: every
 *       completion, registration and knowledge item with its unit, event or revision, every
 *       community and membership, then the owner's, the page's and the visible ones in Java.
 * </ul>
 *
 * <p>Run (PostgreSQL needs its URL; without it that storage fails and H2 goes on):
 *
 * <pre>
 * mvn -q -o -pl benchmarks -am package -DskipTests -Dcopkit.quick
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -jar benchmarks/target/benchmarks.jar PortfolioPageBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PortfolioPageBenchmark {

  @Param({"10000"})
  int evidence;

  @Param({"40"})
  int others;

  @Param({"POSTGRESQL"})
  PortfolioStorage storage;

  private PortfolioStorage.Prepared prepared;

  @Setup
  public void prepare() throws Exception {
    prepared = storage.prepare(PortfolioWorkload.of(evidence, others));
    if (!prepared.page().equals(prepared.loadEverythingAndFilter())) {
      throw new IllegalStateException("CoPKit's page and the alternative's disagree");
    }
  }

  @Benchmark
  public List<String> page() {
    return prepared.page();
  }

  @Benchmark
  public List<String> loadEverythingAndFilter() throws Exception {
    return prepared.loadEverythingAndFilter();
  }

  @TearDown
  public void close() throws Exception {
    prepared.close();
  }
}
