package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.copkit.api.feed.CommunityRanking;
import org.copkit.api.feed.FeedSettings;
import org.junit.jupiter.api.Test;

/**
 * The scan's first test (an activity's float key against the stripe's key floor) must let through
 * every activity whose exact score reaches the floor, whatever the roundings: here the floor is
 * the activity's own score, the tightest case, over the whole range of half-lives, times and
 * weights the settings allow.
 */
class KeyFloorTest {

  private static final double MIN_HALF_LIFE = CommunityRanking.MIN_HALF_LIFE_MINUTES * 60.0;
  private static final double MAX_HALF_LIFE = CommunityRanking.MAX_HALF_LIFE_DAYS * 86_400.0;

  @Test
  void anActivityWhoseScoreReachesTheFloorPassesTheKeyFloor() {
    SplittableRandom random = new SplittableRandom(20261129);
    for (int n = 0; n < 2_000_000; n++) {
      double halfLife = MIN_HALF_LIFE * Math.pow(MAX_HALF_LIFE / MIN_HALF_LIFE, random.nextDouble());
      double lambda = Math.log(2) / Math.rint(halfLife);
      int keyBase = random.nextInt(0, Integer.MAX_VALUE);
      int time = (int) Math.min(Integer.MAX_VALUE, Math.max(0, keyBase + (long) spread(random)));
      long now = Math.max(0, time + (long) spread(random));
      float staticScore = (float) (random.nextDouble(-2, 2) * FeedSettings.MAX_WEIGHT * Math.log1p(random.nextInt(1_000)));
      double community = random.nextDouble(-1, 1) * FeedSettings.MAX_WEIGHT;
      double author = random.nextDouble() * FeedSettings.MAX_WEIGHT * 5;
      double relevance = random.nextDouble() * FeedSettings.MAX_WEIGHT * 4;

      float key = Block.key(staticScore, lambda, time, keyBase);
      double score = staticScore + lambda * (time - now) + community + author + relevance;
      double slack = community + author + relevance;
      double decay = lambda * ((long) keyBase - now);

      assertThat(key)
          .as("half-life %s s, base %s, time %s, now %s, static %s", halfLife, keyBase, time, now, staticScore)
          .isGreaterThanOrEqualTo(FeedRanker.keyFloor(score, slack, decay));
    }
  }

  @Test
  void withNoFloorYetEveryKeyPasses() {
    assertThat(FeedRanker.keyFloor(Double.NEGATIVE_INFINITY, 3, -40)).isEqualTo(Float.NEGATIVE_INFINITY);
  }

  @Test
  void theKeyFloorStaysCloseToTheExactBound() {
    float keyFloor = FeedRanker.keyFloor(10, 2, -3);
    assertThat((double) keyFloor).isLessThanOrEqualTo(11).isGreaterThan(11 - 1e-4);
  }

  /** A time difference from a second to decades, either way, mostly small. */
  private static double spread(SplittableRandom random) {
    double magnitude = Math.pow(10, random.nextDouble(0, 9.3));
    return random.nextBoolean() ? magnitude : -magnitude / 100;
  }
}
