package org.copkit.benchmarks.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The harness measures what it says on a short run on H2: every write committed on node A is
 * found in node B's feed, each with a lag. No figure is asserted: performance is measured by
 * running the harness, never in a unit test.
 */
class CatchUpLagTest {

  @Test
  void everyWriteOnNodeAIsSeenInTheFeedOfNodeB() throws Exception {
    CatchUpLag.Settings settings = CatchUpLag.Settings.parse("database=H2", "rate=100", "warmup=1", "seconds=2", "interval=50", "writers=2");

    CatchUpLag.Result result = CatchUpLag.run(settings);

    assertThat(result.written()).isEqualTo(200);
    assertThat(result.seenOnB()).as("every measured write was seen on B").isEqualTo(result.written());
    assertThat(result.lagMillis()).hasSize(200);
    assertThat(result.lagMillis()[0]).as("lags sorted, none negative").isNotNegative();
    assertThat(result.probes()).isPositive();
    assertThat(result.lastWriteOnPage()).as("the last write is on B's first page").isTrue();
    assertThat(result.lastPageStale()).isFalse();
    assertThat(result.row()).startsWith("| H2 | 50 ms | 100 |");
    assertThat(CatchUpLag.Settings.parse().interval()).as("the platform's default unless told").isNull();
    assertThat(CatchUpLag.Settings.parse("interval=250").interval()).isEqualTo(Duration.ofMillis(250));
  }
}
