package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.BuiltInSignal;
import org.copkit.api.feed.Explanation;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedPage;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine against the {@link ReferenceFeed} on random platforms: same pages, same scores. */
class FeedRankingTest {

  private static final FeedSettings PLAIN = FeedSettings.defaults().withPersonal(FeedSettings.defaults().personal().withoutDiversity());

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void theTopOfEveryFeedIsTheReferenceTopWithoutDiversity(long seed) {
    RandomScene scene = new RandomScene(seed, PLAIN, 3_000);
    for (MemberId member : scene.members) {
      List<ReferenceFeed.Scored> expected = scene.reference.scores(member, scene.fixture.clock.instant());
      for (Feed feed : List.of(scene.fixture.feed(), scene.fixture.module.exhaustiveFeed())) {
        FeedPage page = feed.feed(member, FeedQuery.first(50));
        assertSamePage(page.items(), expected.subList(0, Math.min(50, expected.size())));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 5})
  void diversifiedPagesAreTheGreedyReferenceSelection(long seed) {
    RandomScene scene = new RandomScene(seed, FeedSettings.defaults(), 3_000);
    Instant now = scene.fixture.clock.instant();
    for (MemberId member : scene.members) {
      Set<ActivityId> served = new HashSet<>();
      FeedPage page = scene.fixture.feed().feed(member, FeedQuery.first(20));
      for (int p = 0; p < 3; p++) {
        List<ReferenceFeed.Scored> expected = scene.reference.page(member, now, served, 20);
        assertSamePage(page.items(), expected);
        for (int i = 0; i < expected.size(); i++) {
          assertThat(page.items().get(i).diversityDiscount()).isCloseTo(expected.get(i).discount(), within(1e-9));
        }
        page.items().forEach(item -> served.add(item.activity()));
        if (page.next().isEmpty()) {
          break;
        }
        page = scene.fixture.feed().feed(member, FeedQuery.after(page.next().get(), 20));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {6})
  void prunedAndExhaustiveScansAgreeAsTimePasses(long seed) {
    RandomScene scene = new RandomScene(seed, FeedSettings.defaults(), 3_000);
    for (int day = 0; day < 3; day++) {
      scene.fixture.clock.advance(Duration.ofDays(10));
      for (MemberId member : scene.members) {
        assertThat(scene.fixture.feed().feed(member, FeedQuery.first(30)).items())
            .isEqualTo(scene.fixture.module.exhaustiveFeed().feed(member, FeedQuery.first(30)).items());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {7})
  void explanationsSumToTheScoreOfTheItem(long seed) {
    RandomScene scene = new RandomScene(seed, FeedSettings.defaults(), 1_500);
    for (MemberId member : scene.members) {
      for (FeedItem item : scene.fixture.feed().feed(member, FeedQuery.first(25)).items()) {
        Explanation explanation = scene.fixture.feed().explain(member, item.activity());
        assertThat(explanation.score()).isCloseTo(item.score(), within(1e-5));
        assertThat(explanation.contributions().subList(0, BuiltInSignal.values().length))
            .extracting(Explanation.Contribution::signal)
            .containsExactlyElementsOf(Arrays.stream(BuiltInSignal.values()).map(BuiltInSignal::signalName).toList());
      }
    }
  }

  private static void assertSamePage(List<FeedItem> actual, List<ReferenceFeed.Scored> expected) {
    assertThat(actual).extracting(FeedItem::activity).containsExactlyElementsOf(expected.stream().map(ReferenceFeed.Scored::id).toList());
    for (int i = 0; i < actual.size(); i++) {
      assertThat(actual.get(i).score()).isCloseTo(expected.get(i).score(), within(1e-9));
    }
  }
}
