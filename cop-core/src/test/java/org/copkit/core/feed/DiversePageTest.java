package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.copkit.api.community.CommunityId;
import org.copkit.api.feed.CommunityRanking;
import org.copkit.api.feed.PersonalWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page picked from a complete pool is the plain greedy selection (each pick the best
 * candidate after its discounts, in the feed's order), here with many equal scores, so that ties
 * within a community, settled by time, are frequent.
 */
class DiversePageTest {

  private static final int COMMUNITIES = 5;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void picksWhatTheGreedySelectionPicks(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PersonalWeights weights = new PersonalWeights(0.5, 0.3, 0.6, 1.0, 2.0, 0.25 * random.nextInt(0, 4), 0.125 * random.nextInt(0, 4));
    int n = random.nextInt(1, 300);
    double[] score = new double[n];
    int[] time = new int[n];
    long[] ref = new long[n];
    int[] author = new int[n];
    int[] community = new int[n];
    for (int j = 0; j < n; j++) {
      score[j] = random.nextInt(0, 12) / 8.0;
      time[j] = j * 7 + 1;
      ref[j] = j;
      author[j] = random.nextInt(0, 20);
      community[j] = random.nextInt(0, COMMUNITIES);
    }
    int[] servedAuthors = random.ints(random.nextInt(0, 6), 0, 20).sorted().toArray();
    int[] servedCommunities = random.ints(random.nextInt(0, 6), 0, COMMUNITIES).sorted().toArray();
    Segment[] segments = new Segment[COMMUNITIES];
    for (int c = 0; c < COMMUNITIES; c++) {
      segments[c] = new Segment(c, CommunityId.random(), CommunityRanking.defaults(), 0);
    }
    int size = random.nextInt(1, 60);
    RankingRequest request =
        new RankingRequest(
            segments, new int[COMMUNITIES], new boolean[COMMUNITIES], new double[COMMUNITIES], 0, null,
            new long[0], servedAuthors, servedCommunities, size);
    FeedOrder order = new FeedOrder(null);

    List<FeedRanker.Ranked> page =
        DiversePage.pick(
            order, weights, new Candidates.Ranking(score, time, ref), author, community, request, size,
            Double.NEGATIVE_INFINITY);

    assertThat(page).containsExactlyElementsOf(greedy(order, weights, score, time, ref, author, community,
        servedAuthors, servedCommunities, size));
  }

  /**
   * Two candidates of one community whose scores differ by one unit in the last place round to
   * the same score once the community's discount is taken (the result's grid is coarser): the tie
   * goes to the newer, although the heap holds the other on top.
   */
  @Test
  void aTieMadeByRoundingGoesToTheNewerActivity() {
    PersonalWeights weights = new PersonalWeights(0.5, 0.3, 0.6, 1.0, 2.0, 0, 1);
    double higher = Math.nextUp(-1.0);
    assertThat(higher - 1.0).isEqualTo(-1.0 - 1.0);
    double[] score = {higher, -1.0};
    int[] time = {1, 2};
    long[] ref = {0, 1};
    Segment[] segments = {new Segment(0, CommunityId.random(), CommunityRanking.defaults(), 0)};
    RankingRequest request =
        new RankingRequest(segments, new int[1], new boolean[1], new double[1], 0, null, new long[0], new int[0], new int[] {0}, 1);

    List<FeedRanker.Ranked> page =
        DiversePage.pick(
            new FeedOrder(null), weights, new Candidates.Ranking(score, time, ref), new int[] {7, 8}, new int[] {0, 0},
            request, 1, Double.NEGATIVE_INFINITY);

    assertThat(page).extracting(FeedRanker.Ranked::ref).containsExactly(1L);
  }

  private static List<FeedRanker.Ranked> greedy(
      FeedOrder order, PersonalWeights weights, double[] score, int[] time, long[] ref, int[] author,
      int[] community, int[] servedAuthors, int[] servedCommunities, int size) {
    int[] authorCount = new int[20];
    int[] communityCount = new int[COMMUNITIES];
    Arrays.stream(servedAuthors).forEach(a -> authorCount[a]++);
    Arrays.stream(servedCommunities).forEach(c -> communityCount[c]++);
    boolean[] taken = new boolean[score.length];
    List<FeedRanker.Ranked> page = new ArrayList<>();
    while (page.size() < size && page.size() < score.length) {
      int best = -1;
      double bestScore = 0;
      for (int j = 0; j < score.length; j++) {
        if (taken[j]) {
          continue;
        }
        double discounted =
            score[j] - weights.authorRepeat() * authorCount[author[j]] - weights.communityRepeat() * communityCount[community[j]];
        if (best < 0 || order.precedes(discounted, time[j], ref[j], bestScore, time[best], ref[best])) {
          best = j;
          bestScore = discounted;
        }
      }
      taken[best] = true;
      authorCount[author[best]]++;
      communityCount[community[best]]++;
      page.add(new FeedRanker.Ranked(ref[best], score[best], score[best] - bestScore));
    }
    return page;
  }
}
