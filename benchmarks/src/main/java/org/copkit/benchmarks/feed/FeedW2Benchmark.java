package org.copkit.benchmarks.feed;

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
import org.openjdk.jmh.infra.Blackhole;

/**
 * W2: the reader's first page (K = 50) on a platform of 300 communities of Zipf-distributed size
 * and 100,000 members, the reader in 8 of them, with visibility, seen-suppression and diversity
 * on (72-hour half-life); CoPKit's feed against the alternatives a user would pick, on the same
 * data with the same formula, and against W1's full scan of the reader's visible activities.
 *
 * <p>Run (PostgreSQL needs its URL; without it that variant fails and the others go on):
 *
 * <pre>
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -jar benchmarks/target/benchmarks.jar FeedW2Benchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FeedW2Benchmark {

  @Param({"10000", "100000", "1000000"})
  int activities;

  @Param({"ENGINE", "ENGINE_FULL_SCAN", "W1_SCAN_OF_VISIBLE", "STREAM_SORTED", "PRIORITY_QUEUE", "H2", "POSTGRESQL", "MEMORY_FLOOR"})
  Variant variant;

  private Contender contender;

  @Setup
  public void prepare() throws Exception {
    contender = variant.prepare(FeedWorkload.generate(FeedWorkload.Shape.W2, activities, FeedWorkload.SHORT_HALF_LIFE));
  }

  @Benchmark
  public void firstPage(Blackhole blackhole) throws Exception {
    blackhole.consume(contender.run());
  }

  @TearDown
  public void close() throws Exception {
    contender.close();
  }
}
