package org.copkit.core.addon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.core.addon.AddOnScene.JORDI;
import static org.copkit.core.addon.AddOnScene.MARTA;
import static org.copkit.core.addon.AddOnScene.rule;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.analytics.spi.ClassifiedItem;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.shared.AddOnContext;
import org.copkit.api.shared.BrokenAddOns;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Every failure of an add-on is logged once, in one shape for every extension point: kind, name,
 * class, call, cause, then the cause's stack trace; a {@code null} answer and a failed start too. A
 * late call is logged with its budget; an add-on skipped for its name shows the name with its
 * control characters escaped. The test reads the platform's log as the host's console shows it.
 */
@Isolated("replaces System.err while the platform logs")
class AddOnFailureLogTest {

  /** A rule that returns null: a failure, logged like a throw. */
  private static final ModerationRule SILENT = rule("silent-rule", draft -> null);

  /** A signal whose directory lookup fails for every member. */
  private static final class DownSignal implements RankingSignal {
    @Override
    public String name() {
      return "department-lift";
    }

    @Override
    public MemberTerms memberTerms(MemberId member) {
      throw new IllegalStateException("the department directory is down");
    }
  }

  /** A classifier whose rules engine fails on every item. */
  private static final class DownClassifier implements ActivityClassifier {
    @Override
    public String name() {
      return "protocol-production";
    }

    @Override
    public Optional<CopComponent> classify(ClassifiedItem item) {
      throw new UnsupportedOperationException("the rules engine is down");
    }
  }

  @Test
  void everyFailureIsLoggedOnceInOneShapeWithItsStackTrace() {
    AddOnScene scene = new AddOnScene(builder -> builder
        .moderationRule(SILENT).rankingSignal(new DownSignal()).activityClassifier(new DownClassifier()));

    String log = logOf(() -> {
      scene.start(MARTA, "Bon dia");
      scene.platform.feed().feed(JORDI, FeedQuery.first(10));
    });

    assertLoggedOnce(log, "moderation-rule", "silent-rule", SILENT.getClass(), "review",
        "java.lang.IllegalStateException: review returned null");
    assertLoggedOnce(log, "ranking-signal", "department-lift", DownSignal.class, "memberTerms(" + JORDI + ")",
        "java.lang.IllegalStateException: the department directory is down");
    assertLoggedOnce(log, "activity-classifier", "protocol-production", DownClassifier.class, "classify(",
        "java.lang.UnsupportedOperationException: the rules engine is down");
  }

  /** A signal whose start fails, as one missing its licence key would. */
  private static final class UnlicensedSignal implements RankingSignal {
    @Override
    public String name() {
      return "unlicensed";
    }

    @Override
    public void start(AddOnContext context) {
      throw new IllegalStateException("no licence key in the configuration");
    }
  }

  @Test
  void aStartThatFailsIsLoggedLikeEveryFailureAndTheAddOnAsSkipped() {
    AddOnScene scene = new AddOnScene(builder -> builder);

    String log = logOf(() -> scene.base().brokenAddOns(BrokenAddOns.SKIP).rankingSignal(new UnlicensedSignal()).build());

    assertLoggedOnce(log, "ranking-signal", "unlicensed", UnlicensedSignal.class, "start",
        "java.lang.IllegalStateException: no licence key in the configuration");
    assertThat(log).contains("Add-on skipped: ranking-signal " + UnlicensedSignal.class.getName()
        + ": its start(..) failed: java.lang.IllegalStateException: no licence key in the configuration");
  }

  @Test
  void aLateCallIsLoggedWithItsBudget() {
    CountDownLatch release = new CountDownLatch(1);
    ModerationRule stalled = rule("dni-service", draft -> {
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Verdict.PUBLISH;
    });
    AddOnScene scene = new AddOnScene(builder -> builder.moderationRule(stalled)
        .moderationRuleBudget(Duration.ofMillis(20)));

    String log;
    try {
      log = logOf(() -> scene.start(MARTA, "Bon dia"));
    } finally {
      release.countDown();
    }

    assertThat(log).containsOnlyOnce("Add-on late: moderation-rule 'dni-service' ("
        + stalled.getClass().getName() + ") in review: no answer within 20 ms");
  }

  @Test
  void aNameWithControlCharactersIsShownEscapedWhenTheAddOnIsSkipped() {
    AtomicInteger asked = new AtomicInteger();
    // well named when registered, not when the platform is built and reads it again
    RankingSignal fickle = new RankingSignal() {
      @Override
      public String name() {
        return asked.getAndIncrement() == 0 ? "pill-boost" : "pill\u0007boost\u202E\u200Bx\r\nWARN forged";
      }
    };
    AddOnScene scene = new AddOnScene(builder -> builder);

    String log = logOf(() -> scene.base().brokenAddOns(BrokenAddOns.SKIP).rankingSignal(fickle).build());

    assertThat(log).contains("Add-on skipped: ranking-signal " + fickle.getClass().getName()
        + ": its name 'pill\\u0007boost\\u202E\\u200Bx\\u000D\\u000AWARN forged' is not 1 to 64 lower-case letters,"
        + " digits and dashes");
    assertThat(log).doesNotContain("\u0007", "\u202E", "\u200B", "\nWARN forged");
  }

  private static void assertLoggedOnce(String log, String kind, String name, Class<?> type, String call,
      String cause) {
    Pattern shape = Pattern.compile("WARN \\S+ - Add-on failed: " + Pattern.quote(kind + " '" + name + "' ("
        + type.getName() + ") in " + call) + "[^\\n]*: " + Pattern.quote(cause) + "\\R"
        + Pattern.quote(cause) + "\\R\\s+at ");
    Matcher found = shape.matcher(log);
    assertThat(found.find()).as("%s '%s' logged as kind, name, class, call, cause and stack trace in:%n%s",
        kind, name, log).isTrue();
    assertThat(found.find()).as("%s '%s' logged once", kind, name).isFalse();
  }

  private static String logOf(Runnable work) {
    PrintStream console = System.err;
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    System.setErr(new PrintStream(written, true, StandardCharsets.UTF_8));
    try {
      work.run();
    } finally {
      System.setErr(console);
    }
    return written.toString(StandardCharsets.UTF_8);
  }
}
