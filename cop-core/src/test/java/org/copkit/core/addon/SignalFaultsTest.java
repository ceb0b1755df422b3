package org.copkit.core.addon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.copkit.core.addon.AddOnScene.JORDI;
import static org.copkit.core.addon.AddOnScene.MARTA;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.Explanation;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedPage;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.shared.AddOnStats;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One bad number from a vendor's signal must not break a community's feed: every term is bounded,
 * checked in the type it is stored in, and the ranking is total. A slow signal gets a time budget.
 */
class SignalFaultsTest {

  /** A signal with a fixed activity term. */
  private static RankingSignal activityTerm(String name, DoubleSupplier term) {
    return new RankingSignal() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public double activityTerm(Activity activity) {
        return term.getAsDouble();
      }
    };
  }

  /** A signal whose member terms lift Marta's posts by {@code term}. */
  private static RankingSignal memberTerm(String name, double term) {
    return new RankingSignal() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public MemberTerms memberTerms(MemberId member) {
        return new MemberTerms(Map.of(MARTA, term), Map.of());
      }
    };
  }

  @ParameterizedTest
  @ValueSource(doubles = {1e39, 1e300, -1e39, -1e300, Double.NaN, Double.POSITIVE_INFINITY, 50.000001})
  void anActivityTermOutOfRangeCountsAsZeroAndTheFeedKeepsWorking(double term) {
    AddOnScene scene = new AddOnScene(builder -> builder.rankingSignal(activityTerm("wild-signal", () -> term)));
    scene.start(MARTA, "Primer cas");
    scene.start(MARTA, "Segon cas");

    for (int read = 0; read < 2; read++) {
      FeedPage page = scene.platform.feed().feed(JORDI, FeedQuery.first(10));
      assertThat(page.items()).hasSize(2);
      Explanation explanation = scene.platform.feed().explain(JORDI, page.items().get(0).activity());
      assertThat(value(explanation, "wild-signal")).isZero();
      assertThat(explanation.score()).isCloseTo(page.items().get(0).score(), within(1e-3));
    }
    assertThat(stats(scene, "wild-signal").failures()).isEqualTo(2);
  }

  @Test
  void anActivityTermAtTheBoundIsKept() {
    AddOnScene scene = new AddOnScene(builder -> builder
        .rankingSignal(activityTerm("top-signal", () -> RankingSignal.MAX_TERM))
        .rankingSignal(activityTerm("bottom-signal", () -> -RankingSignal.MAX_TERM)));
    scene.start(MARTA, "Primer cas");

    FeedItem item = scene.platform.feed().feed(JORDI, FeedQuery.first(10)).items().get(0);
    Explanation explanation = scene.platform.feed().explain(JORDI, item.activity());
    assertThat(value(explanation, "top-signal")).isEqualTo(RankingSignal.MAX_TERM);
    assertThat(value(explanation, "bottom-signal")).isEqualTo(-RankingSignal.MAX_TERM);
    assertThat(stats(scene, "top-signal").failures()).isZero();
  }

  @Test
  void twoHugeMemberTermsDoNotAddUpToInfinity() {
    AddOnScene scene = new AddOnScene(builder -> builder
        .rankingSignal(memberTerm("huge-one", 1e308)).rankingSignal(memberTerm("huge-two", 1e308)));
    scene.start(MARTA, "Primer cas");
    scene.announce("Jornada");

    List<FeedItem> items = scene.platform.feed().feed(JORDI, FeedQuery.first(10)).items();

    assertThat(items).hasSize(2);
    assertThat(items).allSatisfy(item -> assertThat(Double.isFinite(item.score())).isTrue());
    Explanation explanation = scene.platform.feed().explain(JORDI, items.get(0).activity());
    assertThat(value(explanation, "huge-one")).isZero();
    assertThat(note(explanation, "huge-one")).contains("failed");
    assertThat(stats(scene, "huge-one").failures()).isEqualTo(2);
  }

  @Test
  void memberTermsWithinTheBoundMoveTheRanking() {
    AddOnScene scene = new AddOnScene(builder -> builder.rankingSignal(memberTerm("marta-first", 3.0)));
    PostOutcome older = scene.start(MARTA, "Primer cas");
    scene.announce("Jornada");

    List<FeedItem> items = scene.platform.feed().feed(JORDI, FeedQuery.first(10)).items();

    assertThat(items.get(0).author()).isEqualTo(MARTA);
    assertThat(value(scene.platform.feed().explain(JORDI, items.get(0).activity()), "marta-first")).isEqualTo(3.0);
    assertThat(older).isInstanceOf(PostOutcome.Published.class);
  }

  /** Answers at once until {@link #stall} is set, then waits for {@link #release}. */
  private static final class StallingSignal implements RankingSignal {
    final AtomicBoolean stall = new AtomicBoolean();
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public String name() {
      return "stalling";
    }

    @Override
    public MemberTerms memberTerms(MemberId member) {
      if (stall.get()) {
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return new MemberTerms(Map.of(MARTA, 2.0), Map.of());
    }
  }

  @Test
  void aSlowSignalIsAnsweredWithoutAndTheExplanationSaysSo() {
    StallingSignal slow = new StallingSignal();
    slow.stall.set(true);
    AddOnScene scene = new AddOnScene(builder -> builder.rankingSignal(slow).rankingSignalBudget(Duration.ofMillis(20)));
    scene.start(MARTA, "Primer cas");
    try {
      List<FeedItem> items = scene.platform.feed().feed(JORDI, FeedQuery.first(10)).items();
      Explanation explanation = scene.platform.feed().explain(JORDI, items.get(0).activity());

      assertThat(slow.release.getCount()).as("the feed answered while the signal still stalled").isEqualTo(1);
      assertThat(items).hasSize(1);
      assertThat(value(explanation, "stalling")).isZero();
      assertThat(note(explanation, "stalling")).contains("did not answer within 20 ms", "without its terms");
      assertThat(stats(scene, "stalling").timeouts()).isEqualTo(2);
    } finally {
      slow.release.countDown();
    }
  }

  @Test
  void aSlowSignalsLastGoodTermsStandInForAWhile() throws InterruptedException {
    StallingSignal slow = new StallingSignal();
    AddOnScene scene = new AddOnScene(builder -> builder.rankingSignal(slow).rankingSignalBudget(Duration.ofMillis(20)));
    scene.start(MARTA, "Primer cas");
    FeedItem item = scene.platform.feed().feed(JORDI, FeedQuery.first(10)).items().get(0);
    // in time or late, the signal's answer is kept for this member
    for (int tries = 0; tries < 500 && value(scene.platform.feed().explain(JORDI, item.activity()), "stalling") == 0;
        tries++) {
      Thread.sleep(10);
    }
    slow.stall.set(true);
    try {
      Explanation explanation = scene.platform.feed().explain(JORDI, item.activity());

      assertThat(value(explanation, "stalling")).isEqualTo(2.0);
      assertThat(note(explanation, "stalling")).contains("did not answer within 20 ms", "last terms", "stand in");
      assertThat(stats(scene, "stalling").timeouts()).isPositive();
    } finally {
      slow.release.countDown();
    }
  }

  @Test
  void aSignalThatThrowsForAMemberFallsBackToItsLastGoodTerms() {
    AtomicBoolean down = new AtomicBoolean();
    RankingSignal flaky = new RankingSignal() {
      @Override
      public String name() {
        return "flaky";
      }

      @Override
      public MemberTerms memberTerms(MemberId member) {
        if (down.get()) {
          throw new IllegalStateException("the vendor's service is down");
        }
        return new MemberTerms(Map.of(MARTA, 2.0), Map.of());
      }
    };
    AddOnScene scene = new AddOnScene(builder -> builder.rankingSignal(flaky));
    scene.start(MARTA, "Primer cas");
    FeedItem item = scene.platform.feed().feed(JORDI, FeedQuery.first(10)).items().get(0);
    down.set(true);

    Explanation explanation = scene.platform.feed().explain(JORDI, item.activity());

    assertThat(value(explanation, "flaky")).isEqualTo(2.0);
    assertThat(note(explanation, "flaky")).contains("failed", "last terms for this member");
    assertThat(stats(scene, "flaky").failures()).isEqualTo(1);
    assertThat(stats(scene, "flaky").calls()).isEqualTo(2);
  }

  private static double value(Explanation explanation, String signal) {
    return contribution(explanation, signal).value();
  }

  private static String note(Explanation explanation, String signal) {
    return contribution(explanation, signal).note().orElse("");
  }

  private static Explanation.Contribution contribution(Explanation explanation, String signal) {
    return explanation.contributions().stream().filter(c -> c.signal().equals(signal)).findFirst().orElseThrow();
  }

  private static AddOnStats stats(AddOnScene scene, String name) {
    return scene.platform.addOnStats().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
