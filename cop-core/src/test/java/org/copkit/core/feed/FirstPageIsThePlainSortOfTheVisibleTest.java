package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.shared.MemberId;

/**
 * For any random platform — communities of every visibility, members in random tiers, CORE and
 * COMMUNITY audiences, retractions and reinstatements, a random platform half-life — a member's
 * first page is the first entries of a plain sort of every activity they may see ({@link
 * ReferenceFeed}), with the same scores.
 */
class FirstPageIsThePlainSortOfTheVisibleTest {

  @Property(tries = 12)
  void theFirstPageIsTheTopOfThePlainSort(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 24 * 365) int halfLifeHours,
      @ForAll @IntRange(min = 100, max = 800) int activities,
      @ForAll @IntRange(min = 1, max = 60) int size) {
    FeedSettings plain = FeedSettings.defaults().withPersonal(FeedSettings.defaults().personal().withoutDiversity());
    FeedSettings settings = plain.withPlatform(plain.platform().withHalfLife(Duration.ofHours(halfLifeHours)));
    RandomScene scene = new RandomScene(seed, settings, activities);

    for (MemberId member : scene.members) {
      List<ReferenceFeed.Scored> sorted = scene.reference.scores(member, scene.fixture.clock.instant());
      List<ReferenceFeed.Scored> top = sorted.subList(0, Math.min(size, sorted.size()));

      List<FeedItem> page = scene.fixture.feed().feed(member, FeedQuery.first(size)).items();

      assertThat(page).extracting(FeedItem::activity).as(member + " with seed " + seed)
          .containsExactlyElementsOf(top.stream().map(ReferenceFeed.Scored::id).toList());
      for (int i = 0; i < page.size(); i++) {
        assertThat(page.get(i).score()).isCloseTo(top.get(i).score(), within(1e-9));
      }
    }
  }
}
