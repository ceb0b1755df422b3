package org.copkit.benchmarks.expertise;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
 * "Who can answer this?" for one question of the largest community ({@link ExpertWorkload}), top
 * ten, on the same history in the same run:
 *
 * <ul>
 *   <li>{@code copkit}: {@code ExpertFinding.suggest} (the evidence index, then memberships and the
 *       directory for the best ranked);
 *   <li>{@code sql}: the same tag-and-answer scoring as one query on PostgreSQL ({@link
 *       ExpertContenders#SQL}).
 * </ul>
 *
 * The setup writes the history through the public use cases, which takes minutes at the issue's
 * size (100,000 members, 1,000,000 posts); it checks that both contenders agree on every question
 * asked before measuring. Run:
 *
 * <pre>
 * mvn -q -o -pl benchmarks -am package -DskipTests -Dcopkit.quick
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -jar benchmarks/target/benchmarks.jar ExpertFindingBenchmark -p members=100000 -p posts=1000000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExpertFindingBenchmark {

  @Param({"10000"})
  int members;

  @Param({"100000"})
  int posts;

  @Param({"20"})
  int communities;

  private ExpertContenders contenders;
  private int next;

  @Setup(Level.Trial)
  public void prepare() throws Exception {
    contenders = new ExpertContenders(ExpertWorkload.of(members, posts, communities));
    for (Set<String> tags : contenders.workload.asked) {
      if (!contenders.copkit(tags, 10).equals(contenders.sql(tags, 10))) {
        throw new IllegalStateException("CoPKit and the SQL query disagree for tags " + tags);
      }
    }
  }

  private Set<String> nextQuestion() {
    List<Set<String>> asked = contenders.workload.asked;
    next = (next + 1) % asked.size();
    return asked.get(next);
  }

  @Benchmark
  public List<String> copkit() {
    return contenders.copkit(nextQuestion(), 10);
  }

  @Benchmark
  public List<String> sql() throws Exception {
    return contenders.sql(nextQuestion(), 10);
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    contenders.close();
  }
}
