package org.copkit.benchmarks.feed;

import java.time.Duration;
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
 * W1: the reader's first page (K = 50) when every activity is visible to them, personalised by
 * affinity to authors and relevance by tag, with a 72-hour and a 1-year half-life; CoPKit's feed
 * against the alternatives a user would pick, on the same data with the same formula.
 *
 * <p>Run (PostgreSQL needs its URL; without it that variant fails and the others go on):
 *
 * <pre>
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -jar benchmarks/target/benchmarks.jar FeedW1Benchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FeedW1Benchmark {

  @Param({"10000", "100000", "1000000"})
  int activities;

  @Param({"PT72H", "P365D"})
  String halfLife;

  @Param({"ENGINE", "ENGINE_FULL_SCAN", "STREAM_SORTED", "PRIORITY_QUEUE", "H2", "POSTGRESQL", "MEMORY_FLOOR", "KEY_FLOOR"})
  Variant variant;

  private Contender contender;

  @Setup
  public void prepare() throws Exception {
    contender = variant.prepare(FeedWorkload.generate(FeedWorkload.Shape.W1, activities, Duration.parse(halfLife)));
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
