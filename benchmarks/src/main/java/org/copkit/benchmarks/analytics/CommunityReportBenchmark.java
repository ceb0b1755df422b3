package org.copkit.benchmarks.analytics;

import java.util.concurrent.TimeUnit;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.api.analytics.ParticipationThresholds;
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
 * A community's participation report over a year in which 100,000 members wrote 1,000,000 posts
 * ({@link AnalyticsWorkload}): CoPKit's {@code ParticipationReports.community} (aggregate counts
 * from the storage port, then arithmetic) against the straightforward alternative, which loads
 * every membership and every post with its thread and counts in Java ({@link CountedInJava}), on
 * the same data, in the same run.
 *
 * <ul>
 *   <li>{@code report}: the whole CoPKit report: participation, Gini, Lorenz, tiers, movement
 *       against the previous year, components, questions, health, 53 weeks and 12 months;
 *   <li>{@code loadEverythingAndCount}: the alternative's load plus its counting (the same
 *       figures but the Lorenz curve and health); in memory the rows are handed over as ready
 *       Java objects, so only the counting is measured: the floor of any load-everything approach.
 * </ul>
 *
 * <p>The in-memory storage keeps each community's contributions as a compact log, rebuilt when the
 * community's posts or threads change; this measures reports on an unchanged community (the log
 * is built in the setup, by the agreement check).
 *
 * <p>Run (PostgreSQL needs its URL; without it that storage fails and the others go on):
 *
 * <pre>
 * mvn -q -pl benchmarks -am package -DskipTests -Dcopkit.quick
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -jar benchmarks/target/benchmarks.jar CommunityReportBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2)
@Measurement(iterations = 4)
public class CommunityReportBenchmark {

  @Param({"100000"})
  int members;

  @Param({"1000000"})
  int posts;

  @Param({"MEMORY", "H2", "POSTGRESQL"})
  ReportStorage storage;

  /** The platform's default: heavy from 10 contributions. */
  static final int HEAVY_FROM = ParticipationThresholds.DEFAULT.heavyFrom();

  private Prepared prepared;

  @Setup
  public void prepare() throws Exception {
    AnalyticsWorkload workload = AnalyticsWorkload.generate(members, posts);
    prepared = storage.prepare(workload);
    ReportAgreement.check(prepared.report(),
        CountedInJava.count(prepared.loadEverything(), AnalyticsWorkload.WINDOW, HEAVY_FROM));
  }

  @Benchmark
  public CommunityReport report() {
    return prepared.report();
  }

  @Benchmark
  public CountedInJava.Figures loadEverythingAndCount() throws Exception {
    return CountedInJava.count(prepared.loadEverything(), AnalyticsWorkload.WINDOW, HEAVY_FROM);
  }

  @TearDown
  public void close() throws Exception {
    prepared.close();
  }
}
