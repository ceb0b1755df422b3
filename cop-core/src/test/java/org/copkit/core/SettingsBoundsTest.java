package org.copkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.copkit.api.analytics.ParticipationThresholds;
import org.copkit.api.analytics.Window;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.MemberSearch;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.feed.CommunityRanking;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.MuteMember;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.RateLimitedException;
import org.copkit.core.memory.InMemoryDirectory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every duration and count of the settings records and the builder has a documented maximum: the
 * maximum is accepted and works end to end, one more is refused with an {@link
 * InvalidInputException} naming the field, and nothing overflows later.
 */
class SettingsBoundsTest {

  private static final Duration LONGEST_NEWCOMER_PERIOD = Duration.ofDays(ModerationPolicy.MAX_NEWCOMER_PERIOD_DAYS);

  @Nested
  class Moderation {

    private ModerationPolicy withPeriod(Duration period) {
      return new ModerationPolicy(0, 3.0, period, 100, 1, 20, 100);
    }

    @Test
    void theLongestNewcomerPeriodHoldsANewcomerToTheLimitsForTenYears() {
      ConversationScene scene = new ConversationScene(Visibility.OPEN, withPeriod(LONGEST_NEWCOMER_PERIOD));
      var thread = ((PostOutcome.Published) scene.platform.discussions()
          .start(JORDI, StartThread.discussion(scene.community.id(), "Benvinguda", "Presenteu-vos"))).thread();
      Instant joined = scene.clock.instant();

      assertThat(scene.platform.discussions().reply(ORIOL, Reply.to(thread.id(), "Hola a tothom")))
          .isInstanceOf(PostOutcome.Published.class);
      assertThatThrownBy(() -> scene.platform.discussions().reply(ORIOL, Reply.to(thread.id(), "Un altre cop")))
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAt()).isEqualTo(joined.plus(LONGEST_NEWCOMER_PERIOD)));
      scene.clock.advance(LONGEST_NEWCOMER_PERIOD);
      assertThat(scene.platform.discussions().reply(ORIOL, Reply.to(thread.id(), "Ja no sóc nou")))
          .as("once the period is over").isInstanceOf(PostOutcome.Published.class);
    }

    @Test
    void aLongerNewcomerPeriodIsRefusedNotAnOverflowLater() {
      assertRefused("newcomerPeriod", () -> withPeriod(LONGEST_NEWCOMER_PERIOD.plusSeconds(1)));
      assertRefused("newcomerPeriod", () -> withPeriod(Duration.ofSeconds(Long.MAX_VALUE)));
      assertRefused("newcomerPeriod", () -> withPeriod(Duration.ofSeconds(-1)));
      assertRefused("newcomerPeriod", () -> withPeriod(Duration.ofMillis(1500)));
    }

    @Test
    void everyCountAcceptsItsMaximumAndRefusesOneMore() {
      assertBounded("preModeratedPosts", ModerationPolicy.MAX_PRE_MODERATED_POSTS,
          n -> new ModerationPolicy(n, 3.0, Duration.ZERO, 0, 0, 0, 0));
      assertBounded("newcomerThreads", ModerationPolicy.MAX_NEWCOMER_POSTS,
          n -> new ModerationPolicy(0, 3.0, Duration.ZERO, n, 0, 0, 0));
      assertBounded("newcomerReplies", ModerationPolicy.MAX_NEWCOMER_POSTS,
          n -> new ModerationPolicy(0, 3.0, Duration.ZERO, 0, n, 0, 0));
      assertBounded("flagsPerDay", ModerationPolicy.MAX_FLAGS_PER_DAY,
          n -> new ModerationPolicy(0, 3.0, Duration.ZERO, 0, 0, n, 0));
      assertBounded("newcomerLinks", ModerationPolicy.MAX_NEWCOMER_LINKS,
          n -> new ModerationPolicy(0, 3.0, Duration.ZERO, 0, 0, 0, n));
      assertThat(new ModerationPolicy(0, ModerationPolicy.MAX_AUTO_HIDE_WEIGHT, Duration.ZERO, 0, 0, 0, 0)).isNotNull();
      assertRefused("autoHideWeight",
          () -> new ModerationPolicy(0, Math.nextUp(ModerationPolicy.MAX_AUTO_HIDE_WEIGHT), Duration.ZERO, 0, 0, 0, 0));
      assertRefused("autoHideWeight", () -> new ModerationPolicy(0, Double.NaN, Duration.ZERO, 0, 0, 0, 0));
    }

    @Test
    void theLargestSettingsCanBeConfiguredForACommunityAndPostingStillWorks() {
      ConversationScene scene = new ConversationScene(Visibility.OPEN);
      ModerationPolicy largest = new ModerationPolicy(ModerationPolicy.MAX_PRE_MODERATED_POSTS,
          ModerationPolicy.MAX_AUTO_HIDE_WEIGHT, LONGEST_NEWCOMER_PERIOD, ModerationPolicy.MAX_NEWCOMER_POSTS,
          ModerationPolicy.MAX_NEWCOMER_POSTS, ModerationPolicy.MAX_FLAGS_PER_DAY, ModerationPolicy.MAX_NEWCOMER_LINKS);

      scene.platform.moderation().configure(JORDI, scene.community.id(), largest);

      assertThat(scene.platform.discussions()
          .start(ORIOL, StartThread.discussion(scene.community.id(), "Dubte", "Primer missatge")))
          .as("a newcomer's first post waits for review").isInstanceOf(PostOutcome.Held.class);
    }

    @Test
    void aMuteLastsAtMostAYearAndADay() {
      assertThat(new MuteMember(CommunityId.random(), LAIA, Duration.ofDays(366), "spam").period())
          .isEqualTo(Duration.ofDays(366));
      assertRefused("period", () -> new MuteMember(CommunityId.random(), LAIA, Duration.ofDays(366).plusSeconds(1), "spam"));
      assertRefused("period", () -> new MuteMember(CommunityId.random(), LAIA, Duration.ofSeconds(Long.MAX_VALUE), "spam"));
    }
  }

  @Nested
  class Platform {

    @Test
    void theLongestDormancyPeriodSweepsNothingRecentAndOneDayMoreIsRefused() {
      TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
      CopPlatform platform = CopPlatform.builder()
          .directory(InMemoryDirectory.of(org.copkit.api.shared.Person.active(JORDI, "Jordi Casals", "Mediació"),
              new org.copkit.api.shared.Person(NURIA, "Núria Ferrer", "CEJFE", true, true)))
          .clock(clock)
          .autoActivate(true)
          .dormancyAfter(Duration.ofDays(CopPlatform.MAX_DORMANCY_AFTER_DAYS))
          .build();
      var community = platform.lifecycle().create(JORDI,
          new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));
      clock.advance(Duration.ofDays(CopPlatform.MAX_DORMANCY_AFTER_DAYS - 1));

      assertThat(platform.lifecycle().sweepDormant(NURIA)).isEmpty();
      clock.advance(Duration.ofDays(2));
      assertThat(platform.lifecycle().sweepDormant(NURIA)).extracting(c -> c.stage()).containsExactly(Stage.DORMANT);
      assertThat(platform.communityQueries().community(JORDI, community.id()).stage()).isEqualTo(Stage.DORMANT);

      assertRefused("dormancyAfter",
          () -> CopPlatform.builder().dormancyAfter(Duration.ofDays(CopPlatform.MAX_DORMANCY_AFTER_DAYS).plusSeconds(1)));
      assertRefused("dormancyAfter", () -> CopPlatform.builder().dormancyAfter(Duration.ofSeconds(Long.MAX_VALUE)));
    }

    @Test
    void theLongestHalfLifeRanksAndOneSecondMoreIsRefused() {
      Duration longest = Duration.ofDays(CommunityRanking.MAX_HALF_LIFE_DAYS);
      ConversationScene scene = new ConversationScene(Visibility.OPEN);
      CopPlatform platform = CopPlatform.builder()
          .directory(scene.directory)
          .storage(scene.storage)
          .clock(scene.clock)
          .feedSettings(FeedSettings.defaults().withPlatform(CommunityRanking.defaults().withHalfLife(longest)))
          .build();
      platform.discussions().start(JORDI, StartThread.discussion(scene.community.id(), "Nou protocol", "Llegiu-lo"));
      scene.clock.advance(Duration.ofDays(3650));

      assertThat(platform.feed().feed(LAIA, FeedQuery.first(FeedQuery.MAX_SIZE)).items()).singleElement()
          .satisfies(item -> assertThat(item.score()).isPositive().isFinite());
      assertRefused("halfLife", () -> CommunityRanking.defaults().withHalfLife(longest.plusSeconds(1)));
      assertRefused("size", () -> FeedQuery.first(FeedQuery.MAX_SIZE + 1));
    }

    @Test
    void feedSettingsHoldAtMostTheirNumberOfOverrides() {
      Map<CommunityId, CommunityRanking> overrides = new HashMap<>();
      for (int i = 0; i < FeedSettings.MAX_OVERRIDES; i++) {
        overrides.put(CommunityId.random(), CommunityRanking.defaults());
      }
      assertThat(new FeedSettings(CommunityRanking.defaults(), overrides, FeedSettings.defaults().personal())
          .communities()).hasSize(FeedSettings.MAX_OVERRIDES);
      overrides.put(CommunityId.random(), CommunityRanking.defaults());
      assertRefused("communities",
          () -> new FeedSettings(CommunityRanking.defaults(), overrides, FeedSettings.defaults().personal()));
    }

    @Test
    void theHighestHeavyThresholdReportsEveryContributorAsIntermittent() {
      ConversationScene scene = new ConversationScene(Visibility.OPEN);
      CopPlatform platform = CopPlatform.builder()
          .directory(scene.directory)
          .storage(scene.storage)
          .clock(scene.clock)
          .participationThresholds(new ParticipationThresholds(ParticipationThresholds.MAX_HEAVY_FROM))
          .build();
      Instant start = scene.clock.instant();
      platform.discussions().start(JORDI, StartThread.discussion(scene.community.id(), "Nou protocol", "Llegiu-lo"));
      scene.clock.advance(Duration.ofMinutes(1));

      var participation = platform.participationReports()
          .community(JORDI, scene.community.id(), Window.between(start, scene.clock.instant())).participation();
      assertThat(participation.heavy()).isZero();
      assertThat(participation.intermittent()).isEqualTo(1);
      assertRefused("heavyFrom", () -> new ParticipationThresholds(ParticipationThresholds.MAX_HEAVY_FROM + 1));
    }

    @Test
    void theLastPageIsServedAndThereIsNoPageAfterIt() {
      ConversationScene scene = new ConversationScene(Visibility.OPEN);
      PageRequest last = new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);

      assertThat(scene.platform.communityQueries().members(JORDI, MemberSearch.all(scene.community.id(), last)).items())
          .isEmpty();
      assertRefused("page", last::next);
      assertRefused("page", () -> new PageRequest(PageRequest.MAX_PAGE + 1, 1));
      assertRefused("size", () -> PageRequest.first(PageRequest.MAX_SIZE + 1));
    }

    @Test
    void aReportWindowCannotReachOutsideItsYears() {
      Instant now = Instant.parse("2026-03-02T09:00:00Z");
      assertRefused("length", () -> Window.endingAt(now, Duration.ofSeconds(Long.MAX_VALUE)));
      assertRefused("to", () -> Window.endingAt(Instant.MIN, Duration.ofDays(1)));
      assertRefused("from", () -> Window.endingAt(now, Duration.ofDays(365 * 60)));
      assertThat(Window.endingAt(now, Duration.ofDays(365 * 50)).to()).isEqualTo(now);
    }
  }

  private static void assertBounded(String field, int max, IntFunction<Object> make) {
    assertThat(make.apply(max)).isNotNull();
    assertRefused(field, () -> make.apply(max + 1));
    assertRefused(field, () -> make.apply(-1));
  }

  private static void assertRefused(String field, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
