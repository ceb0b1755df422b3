package org.copkit.benchmarks.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.copkit.api.feed.ActivityId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every ranking variant of the benchmarks returns the same first page on a shared data set. */
class VariantsAgreeTest {

  private static final int ACTIVITIES = 20_000;

  @ParameterizedTest
  @EnumSource(value = Variant.class, names = {"MEMORY_FLOOR", "KEY_FLOOR"}, mode = EnumSource.Mode.EXCLUDE)
  void w1WithAShortHalfLife(Variant variant) throws Exception {
    assertAgrees(variant, FeedWorkload.generate(FeedWorkload.Shape.W1, ACTIVITIES, FeedWorkload.SHORT_HALF_LIFE), Set.of());
  }

  @ParameterizedTest
  @EnumSource(value = Variant.class, names = {"MEMORY_FLOOR", "KEY_FLOOR"}, mode = EnumSource.Mode.EXCLUDE)
  void w1WithAOneYearHalfLife(Variant variant) throws Exception {
    assertAgrees(variant, FeedWorkload.generate(FeedWorkload.Shape.W1, ACTIVITIES, Duration.ofDays(365)), Set.of());
  }

  /** W1's scan of the visible activities ranks by W1's formula, so W2's pages differ from it. */
  @ParameterizedTest
  @EnumSource(value = Variant.class, names = {"MEMORY_FLOOR", "KEY_FLOOR"}, mode = EnumSource.Mode.EXCLUDE)
  void w2(Variant variant) throws Exception {
    assertAgrees(
        variant,
        FeedWorkload.generate(FeedWorkload.Shape.W2, ACTIVITIES, FeedWorkload.SHORT_HALF_LIFE),
        EnumSet.of(Variant.W1_SCAN_OF_VISIBLE));
  }

  private static void assertAgrees(Variant variant, FeedWorkload workload, Set<Variant> otherFormula) throws Exception {
    assumeTrue(variant != Variant.POSTGRESQL || System.getenv(Variant.POSTGRES_URL) != null, "no PostgreSQL URL");
    assumeTrue(!otherFormula.contains(variant), "ranks by another formula");
    List<ActivityId> expected = firstPage(Variant.STREAM_SORTED, workload);
    assertThat(expected).hasSize(FeedWorkload.K);
    assertThat(firstPage(variant, workload)).containsExactlyElementsOf(expected);
  }

  private static List<ActivityId> firstPage(Variant variant, FeedWorkload workload) throws Exception {
    try (Contender contender = variant.prepare(workload)) {
      return ((Ranker) contender).firstPage();
    }
  }
}
