package org.copkit.core.addon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.core.addon.AddOnScene.JORDI;
import static org.copkit.core.addon.AddOnScene.MARTA;
import static org.copkit.core.addon.AddOnScene.rule;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.shared.AddOnStats;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.Test;

/**
 * What the host reads of each add-on ({@code CopPlatform.addOnStats()}): every call counted, on the
 * publishing thread (an activity term, a built-in rule) and on the add-on threads (member terms, a
 * vendor's rule); every failure; and the time spent inside the add-on, which grows with each call
 * and is never more than the calls took.
 */
class AddOnStatsTest {

  /** Keeps the caller busy for at least {@code millis}. */
  private static void busy(long millis) {
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (System.nanoTime() < until) {
      Thread.onSpinWait();
    }
  }

  /** A signal that takes 2 ms over each term; its second activity term is out of range. */
  private static final class BusySignal implements RankingSignal {
    final AtomicInteger activityTerms = new AtomicInteger();

    @Override
    public String name() {
      return "busy-signal";
    }

    @Override
    public double activityTerm(Activity activity) {
      busy(2);
      return activityTerms.incrementAndGet() == 1 ? 1.0 : 1e39;
    }

    @Override
    public MemberTerms memberTerms(MemberId member) {
      busy(2);
      return MemberTerms.none();
    }
  }

  @Test
  void eachCallFailureAndTheTimeSpentAreCountedForTheHost() {
    ModerationRule busyRule = rule("busy-rule", draft -> {
      busy(2);
      return Verdict.PUBLISH;
    });
    AddOnScene scene = new AddOnScene(builder -> builder.rankingSignal(new BusySignal()).moderationRule(busyRule));
    AddOnStats signalBefore = stats(scene, "busy-signal");
    AddOnStats ruleBefore = stats(scene, "busy-rule");
    long builtInBefore = stats(scene, "newcomer-links").calls();
    long before = System.nanoTime();

    scene.start(MARTA, "Primer cas");
    AddOnStats ruleOnce = stats(scene, "busy-rule");
    scene.start(MARTA, "Segon cas");
    scene.platform.feed().feed(JORDI, FeedQuery.first(10));
    AddOnStats signal = stats(scene, "busy-signal");
    AddOnStats busyRule2 = stats(scene, "busy-rule");
    Duration elapsed = Duration.ofNanos(System.nanoTime() - before);

    assertThat(signal.calls() - signalBefore.calls()).as("two activity terms and one member's terms").isEqualTo(3);
    assertThat(signal.failures() - signalBefore.failures()).as("the term out of range").isOne();
    assertThat(signal.timeSpent().minus(signalBefore.timeSpent()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(6)).isLessThanOrEqualTo(elapsed);
    assertThat(busyRule2.calls() - ruleBefore.calls()).isEqualTo(2);
    assertThat(busyRule2.failures()).isZero();
    assertThat(ruleOnce.timeSpent().minus(ruleBefore.timeSpent())).isGreaterThanOrEqualTo(Duration.ofMillis(2));
    assertThat(busyRule2.timeSpent()).as("grows with each call").isGreaterThanOrEqualTo(ruleOnce.timeSpent().plusMillis(2))
        .isLessThanOrEqualTo(ruleBefore.timeSpent().plus(elapsed));
    assertThat(stats(scene, "newcomer-links").calls()).as("a built-in rule, called on the publishing thread")
        .isEqualTo(builtInBefore + 2);
  }

  private static AddOnStats stats(AddOnScene scene, String name) {
    return scene.platform.addOnStats().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
