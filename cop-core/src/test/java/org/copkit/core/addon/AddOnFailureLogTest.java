package org.copkit.core.addon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.core.addon.AddOnScene.JORDI;
import static org.copkit.core.addon.AddOnScene.MARTA;
import static org.copkit.core.addon.AddOnScene.rule;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.analytics.spi.ClassifiedItem;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Every failure of an add-on is logged once, in one shape for every extension point: kind, name,
 * class, call, cause, then the cause's stack trace; a {@code null} answer too. The test reads the
 * platform's log as the host's console shows it.
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
