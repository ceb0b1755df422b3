package org.copkit.tck.addon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.RuleFailure;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.shared.MemberId;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test kit's contract for a {@link ModerationRule}: extend it in the add-on's tests and return
 * the rule from {@link #rule()}. It checks the name, that every input the platform passes gets a
 * verdict (a rule that throws holds the post for review by default, so a rule must not throw on
 * texts it does not understand), that each of them gets it within the platform's time budget once
 * warm ({@link #budget()}: a late rule has failed, and holds the post by default), that the rule is
 * thread-safe (the same verdicts under concurrent posts as one by one), and that it declares a
 * failure policy.
 */
@ExtendWith(ReadableFailures.class)
public abstract class ModerationRuleContract {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /** @return the rule under test; may be a new instance per call */
  protected abstract ModerationRule rule();

  /**
   * @return the time budget the host gives rules; by default the platform's default ({@value
   *     AddOnInputs#DEFAULT_RULE_BUDGET_MILLIS} ms)
   */
  protected Duration budget() {
    return Duration.ofMillis(AddOnInputs.DEFAULT_RULE_BUDGET_MILLIS);
  }

  /**
   * A draft as the platform builds one.
   *
   * @param text the text a reader sees
   * @param newcomer whether the author is in the newcomer period
   * @return the draft
   */
  protected static Draft draft(String text, boolean newcomer) {
    return new Draft(CommunityId.of("0b7004c8-84ed-467a-9000-000000000001"), MemberId.of("marta"),
        NOW.minus(Duration.ofDays(newcomer ? 1 : 400)), newcomer ? 0 : 12, text, text, List.of(), List.of(), NOW, 2,
        newcomer);
  }

  @Test
  void itsNameIsValid() {
    assertThat(rule().name()).as("name()").isNotNull().matches(AddOnInputs.NAME);
    assertThat(rule().name()).as("name() is stable").isEqualTo(rule().name());
  }

  @Test
  void itDeclaresAFailurePolicy() {
    assertThat(rule().onFailure()).isIn((Object[]) RuleFailure.values());
  }

  @Test
  void everyTextThePlatformPassesGetsAVerdict() {
    ModerationRule rule = rule();
    for (String text : AddOnInputs.texts()) {
      for (boolean newcomer : new boolean[] {true, false}) {
        assertThat(rule.review(draft(text, newcomer))).as("verdict on %s", preview(text)).isNotNull();
      }
    }
  }

  @Test
  void aTenMegabyteBodyGetsAVerdict() {
    assertThat(rule().review(draft(AddOnInputs.largeText(), false))).isNotNull();
  }

  @Test
  void everyTextGetsItsVerdictWithinTheBudgetOnceWarm() {
    ModerationRule rule = rule();
    List<Draft> drafts = new ArrayList<>();
    for (String text : AddOnInputs.texts()) {
      drafts.add(draft(text, true));
      drafts.add(draft(text, false));
    }
    for (int warm = 0; warm < 5; warm++) {
      drafts.forEach(rule::review);
    }
    for (Draft draft : drafts) {
      long[] nanos = new long[5];
      for (int i = 0; i < nanos.length; i++) {
        long start = System.nanoTime();
        rule.review(draft);
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      assertThat(Duration.ofNanos(nanos[nanos.length / 2])).as("median review time of %s", preview(draft.text()))
          .isLessThan(budget());
    }
  }

  @Test
  void concurrentPostsGetTheSameVerdictsAsOneByOne() throws Exception {
    ModerationRule rule = rule();
    List<Draft> drafts = new ArrayList<>();
    for (String text : AddOnInputs.texts()) {
      drafts.add(draft(text, true));
      drafts.add(draft(text, false));
    }
    List<Verdict> alone = drafts.stream().map(rule::review).toList();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Verdict>>> together = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Callable<List<Verdict>> run = () -> {
          List<Verdict> verdicts = new ArrayList<>();
          for (int round = 0; round < 20; round++) {
            verdicts.clear();
            drafts.forEach(d -> verdicts.add(rule.review(d)));
          }
          return verdicts;
        };
        together.add(threads.submit(run));
      }
      for (Future<List<Verdict>> verdicts : together) {
        assertThat(verdicts.get(60, TimeUnit.SECONDS)).isEqualTo(alone);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static String preview(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
