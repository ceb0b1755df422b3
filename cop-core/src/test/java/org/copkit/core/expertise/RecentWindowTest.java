package org.copkit.core.expertise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The recent window of {@link org.copkit.api.expertise.EvidenceKind#RECENT_ANSWERS}: a quarter of
 * the community's recorded life, never under 30 days nor over a year, ending when the question is
 * written.
 */
class RecentWindowTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");

  @ParameterizedTest(name = "a life of {0} days: the last {1} days")
  @CsvSource({
      "0, 30",      // a community that began now: the floor
      "100, 30",    // a quarter is 25 days: the floor
      "120, 30",    // a quarter is exactly the floor
      "124, 31",    // a quarter is 31 days
      "400, 100",   // a quarter of its life
      "1460, 365",  // a quarter is exactly the ceiling
      "4000, 365",  // ten years and more: the ceiling
      "-5, 30"})    // evidence dated after the question (a clock behind): no negative life
  void isAQuarterOfTheCommunitysLifeBetween30DaysAndAYear(long lifeDays, long windowDays) {
    EvidenceIndex.CommunityEvidence community = new EvidenceIndex.CommunityEvidence();
    community.first = EvidenceIndex.micros(NOW.minus(Duration.ofDays(lifeDays)));

    long start = EvidenceScoring.windowStart(community, NOW);

    assertThat(start).isEqualTo(EvidenceIndex.micros(NOW.minus(Duration.ofDays(windowDays))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1970-01-01T00:00:00Z, 0", "2026-03-02T09:00:00.123456Z, 1772442000123456",
      "2026-03-02T09:00:00.123456789Z, 1772442000123456", "1969-12-31T23:59:59.999999Z, -1"})
  void measuresInstantsInMicrosecondsSinceTheEpoch(Instant at, long micros) {
    assertThat(EvidenceIndex.micros(at)).isEqualTo(micros);
  }
}
