package org.copkit.benchmarks.catchup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

  /**
   * With a catch-up interval of a minute, B sees A's writes within a run of a few seconds only
   * because PostgreSQL's notifications wake it.
   */
  @Test
  void onPostgresqlListeningNodesSeeEveryWriteWithoutPolling() throws Exception {
    assumeTrue(System.getenv(CatchUpLag.POSTGRES_URL) != null, "no PostgreSQL URL");
    CatchUpLag.Settings settings = CatchUpLag.Settings.parse(
        "database=POSTGRESQL", "rate=50", "warmup=1", "seconds=2", "interval=60000", "writers=2", "listen=true");

    CatchUpLag.Result result = CatchUpLag.run(settings);

    assertThat(result.seenOnB()).as("every measured write was seen on B").isEqualTo(result.written()).isEqualTo(100);
    assertThat(result.lastWriteOnPage()).isTrue();
    assertThat(result.row()).startsWith("| POSTGRESQL | 60000 ms + LISTEN/NOTIFY | 50 |");
  }

  @Test
  void listeningNeedsPostgresql() {
    assertThatThrownBy(() -> CatchUpLag.Settings.parse("listen=true")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("POSTGRESQL");
    assertThat(CatchUpLag.Settings.parse().listen()).isFalse();
  }
}
