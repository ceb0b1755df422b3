package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.community.Audience;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.Explanation;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.feed.PersonalWeights;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.Test;

/** Vendor signals: discovered and registered, explained, and harmless when they break. */
class RankingSignalTest {

  /** Registered on the builder: lifts one community for everyone. */
  private static final class FavouriteCommunity implements RankingSignal {
    private final CommunityId favourite;

    FavouriteCommunity(CommunityId favourite) {
      this.favourite = favourite;
    }

    @Override
    public String name() {
      return "favourite-community";
    }

    @Override
    public MemberTerms memberTerms(MemberId member) {
      return new MemberTerms(Map.of(), Map.of(favourite, 3.0));
    }
  }

  /** Registered with a name that a built-in signal already has. */
  private static final class Impostor implements RankingSignal {
    @Override
    public String name() {
      return "recency";
    }

    @Override
    public double activityTerm(Activity activity) {
      return 100;
    }
  }

  private final CommunityId favourite = CommunityId.random();
  private final FeedFixture fixture =
      new FeedFixture(
          FeedSettings.defaults().withPersonal(PersonalWeights.defaults().withoutDiversity()),
          List.of(new FavouriteCommunity(favourite), new Impostor()));

  @Test
  void explanationsListBuiltInThenRegisteredThenDiscoveredSignalsSkippingBrokenOnes() {
    CommunityId community = fixture.community("practice", Visibility.OPEN);
    MemberId author = fixture.join(community, "author", Tier.CORE);
    ActivityId post = fixture.post(community, author, 0);

    List<String> signals = fixture.feed().explain(author, post).contributions().stream().map(Explanation.Contribution::signal).toList();

    assertThat(signals)
        .containsExactly(
            "recency", "engagement", "author-role", "author-affinity", "community-affinity", "relevance",
            "tacit-expertise", "seen", "favourite-community", "pill-boost", "exploding");
  }

  @Test
  void discoveredAndRegisteredSignalsMoveTheRankingAndAreExplained() {
    CommunityId community = fixture.community("practice", Visibility.OPEN);
    MemberId fan = fixture.join(community, PillBoostSignal.FAN, Tier.PARTICIPANT);
    MemberId pillAuthor = fixture.join(community, PillBoostSignal.AUTHOR, Tier.CORE);
    MemberId other = fixture.join(community, "other", Tier.CORE);
    ActivityId newest = fixture.post(community, other, 0);
    ActivityId tagged = fixture.post(community, other, 3_600, PillBoostSignal.TAG);
    ActivityId byPillAuthor = fixture.post(community, pillAuthor, 7_200);

    assertThat(page(other)).containsExactly(tagged, newest, byPillAuthor);
    assertThat(page(fan)).containsExactly(byPillAuthor, tagged, newest);
    assertThat(term(fixture.feed().explain(fan, byPillAuthor), "pill-boost")).isEqualTo(2.0);
    assertThat(term(fixture.feed().explain(fan, tagged), "pill-boost")).isEqualTo(1.5);
  }

  @Test
  void aRegisteredCommunityTermLiftsEveryActivityThere() {
    fixture.community(favourite, "favourite", Visibility.OPEN);
    CommunityId plain = fixture.community("plain", Visibility.OPEN);
    MemberId member = fixture.join(plain, "member", Tier.CORE);
    fixture.join(favourite, "member", Tier.CORE);
    ActivityId older = fixture.post(favourite, member, 86_400);
    ActivityId newer = fixture.post(plain, member, 0);

    assertThat(page(member)).containsExactly(older, newer);
    assertThat(term(fixture.feed().explain(member, older), "favourite-community")).isEqualTo(3.0);
  }

  @Test
  void aSignalThatThrowsCountsAsZeroAndTheFeedGoesOn() {
    CommunityId community = fixture.community("practice", Visibility.OPEN);
    MemberId unlucky = fixture.join(community, ExplodingSignal.MEMBER, Tier.CORE);
    Activity exploding =
        new Activity(ActivityId.random(), community, unlucky, ActivityKind.POST, FeedFixture.START, 0, 0,
            Set.of(ExplodingSignal.TAG), CopComponent.ANTENNA, Audience.COMMUNITY);
    fixture.publish(exploding);

    List<FeedItem> items = fixture.feed().feed(unlucky, FeedQuery.first(5)).items();

    assertThat(items).extracting(FeedItem::activity).containsExactly(exploding.id());
    Explanation explanation = fixture.feed().explain(unlucky, exploding.id());
    assertThat(term(explanation, "exploding")).isZero();
    assertThat(explanation.score()).isCloseTo(items.get(0).score(), within(1e-6));
  }

  private List<ActivityId> page(MemberId member) {
    return fixture.feed().feed(member, FeedQuery.first(10)).items().stream().map(FeedItem::activity).toList();
  }

  private static double term(Explanation explanation, String signal) {
    return explanation.contributions().stream().filter(c -> c.signal().equals(signal)).findFirst().orElseThrow().value();
  }
}
