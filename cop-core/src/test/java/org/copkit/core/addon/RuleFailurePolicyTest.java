package org.copkit.core.addon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.addon.AddOnScene.JORDI;
import static org.copkit.core.addon.AddOnScene.MARTA;
import static org.copkit.core.addon.AddOnScene.assertHeldNaming;
import static org.copkit.core.addon.AddOnScene.rule;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.discussion.EditPost;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.PostState;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.RuleFailure;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.shared.AddOnStats;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * A moderation rule that could not look at a post is a post nobody checked: by default the post is
 * held for review with a reason naming the rule; an advisory rule is skipped; the host overrides
 * either per rule. A rule that gives no verdict within its budget has failed the same way. Rules see
 * every post, e-moderators' too, and run with no transaction open.
 */
class RuleFailurePolicyTest {

  /** A vendor's IBAN detector whose pattern engine fails on every post. */
  private static final ModerationRule BROKEN_IBAN = rule("iban-detector", draft -> {
    throw new IllegalStateException("the pattern engine is down");
  });

  /** A rule that returns null. */
  private static final ModerationRule SILENT = rule("silent-rule", draft -> null);

  @Test
  void aRuleThatThrowsHoldsThePostForReviewNamingTheRule() {
    AddOnScene scene = new AddOnScene(builder -> builder.moderationRule(BROKEN_IBAN));

    PostOutcome outcome = scene.start(MARTA, "El meu compte és ES91 2100 0418 4502 0005 1332");

    assertHeldNaming(outcome, "iban-detector");
    List<ReviewItem> queue = scene.platform.moderationQueries()
        .queue(JORDI, scene.community.id(), PageRequest.first(10)).items();
    Post held = ((PostOutcome.Held) outcome).post();
    assertThat(held.state()).isEqualTo(PostState.HELD);
    assertThat(queue).singleElement().satisfies(item -> {
      assertThat(item.heldBecause()).hasValueSatisfying(reason -> assertThat(reason).startsWith("iban-detector:"));
      assertThat(item.subject()).isIn(new ModerationSubject.OfPost(held.id()),
          new ModerationSubject.OfThread(((PostOutcome.Held) outcome).thread().id()));
    });
    assertThat(stats(scene, "iban-detector")).satisfies(stats -> {
      assertThat(stats.calls()).isEqualTo(1);
      assertThat(stats.failures()).isEqualTo(1);
    });
  }

  @Test
  void aRuleThatReturnsNullHoldsThePostToo() {
    AddOnScene scene = new AddOnScene(builder -> builder.moderationRule(SILENT));

    assertHeldNaming(scene.start(MARTA, "Bon dia"), "silent-rule");
    assertThat(stats(scene, "silent-rule").failures()).isEqualTo(1);
  }

  @Test
  void anAdvisoryRuleThatFailsIsSkipped() {
    ModerationRule advisory = rule("tone-hints", draft -> {
      throw new IllegalStateException("down");
    }, RuleFailure.SKIP);
    AddOnScene scene = new AddOnScene(builder -> builder.moderationRule(advisory));

    assertThat(scene.start(MARTA, "Bon dia")).isInstanceOf(PostOutcome.Published.class);
    assertThat(stats(scene, "tone-hints").failures()).isEqualTo(1);
  }

  @Test
  void theHostOverridesARulesFailurePolicyEitherWay() {
    ModerationRule advisory = rule("tone-hints", draft -> null, RuleFailure.SKIP);
    AddOnScene scene = new AddOnScene(builder -> builder
        .moderationRule(BROKEN_IBAN).moderationRuleFailure("iban-detector", RuleFailure.SKIP)
        .moderationRule(advisory).moderationRuleFailure("tone-hints", RuleFailure.HOLD));

    assertHeldNaming(scene.start(MARTA, "Bon dia"), "tone-hints");
    AddOnScene skipping = new AddOnScene(builder -> builder
        .moderationRule(BROKEN_IBAN).moderationRuleFailure("iban-detector", RuleFailure.SKIP));
    assertThat(skipping.start(MARTA, "Bon dia")).isInstanceOf(PostOutcome.Published.class);
  }

  @Test
  void theHostCannotSetThePolicyOfARuleThePlatformHasNot() {
    AddOnScene scene = new AddOnScene(builder -> builder);

    assertThatThrownBy(() -> scene.base().moderationRuleFailure("no-such-rule", RuleFailure.SKIP).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no-such-rule");
    assertThatThrownBy(() -> scene.base().moderationRuleFailure("Not A Name", RuleFailure.SKIP))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aRejectionStillWinsOverAFailure() {
    ModerationRule banned = rule("banned-words", draft ->
        draft.text().contains("insult") ? new Verdict.Reject("no insults") : Verdict.PUBLISH);
    AddOnScene scene = new AddOnScene(builder -> builder.moderationRule(BROKEN_IBAN).moderationRule(banned));

    assertThat(scene.start(MARTA, "an insult")).isInstanceOfSatisfying(PostOutcome.Rejected.class,
        rejected -> assertThat(rejected.rule()).isEqualTo("banned-words"));
  }

  @Test
  void aRuleWhoseNameThrowsAfterTheBuildIsStillNamedByTheNameItGaveThen() {
    AtomicInteger asked = new AtomicInteger();
    ModerationRule fickle = new ModerationRule() {
      @Override
      public String name() {
        // the builder reads the name when the rule is registered and when it builds, never after
        if (asked.getAndIncrement() > 1) {
          throw new UnsupportedOperationException("name() works only while the platform is built");
        }
        return "fickle-rule";
      }

      @Override
      public Verdict review(Draft draft) {
        return new Verdict.Hold("looks odd");
      }
    };
    AddOnScene scene = new AddOnScene(builder -> builder.moderationRule(fickle));

    assertThat(scene.start(MARTA, "Bon dia")).isInstanceOfSatisfying(PostOutcome.Held.class,
        held -> assertThat(held.reason()).isEqualTo("fickle-rule: looks odd"));
  }

  @Test
  void rulesLookAtAnEModeratorsPostsAndEdits() {
    ModerationRule leak = rule("personal-data", draft ->
        draft.text().contains("DNI") ? new Verdict.Reject("holds a DNI") : Verdict.PUBLISH);
    AddOnScene scene = new AddOnScene(builder -> builder.moderationRule(leak));

    assertThat(scene.announce("El DNI de la víctima és 12345678Z")).isInstanceOfSatisfying(
        PostOutcome.Rejected.class, rejected -> assertThat(rejected.rule()).isEqualTo("personal-data"));
    PostOutcome clean = scene.announce("Jornada dijous");
    Post post = ((PostOutcome.Published) clean).post();
    assertThatThrownBy(() -> scene.platform.discussions().edit(JORDI,
            new EditPost(post.id(), post.version(), "Jornada dijous, DNI 12345678Z", "typo")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("personal-data");
  }

  @Test
  void anEModeratorsPostHeldByAFailingRuleWaitsInTheQueueLikeAnyones() {
    AddOnScene scene = new AddOnScene(builder -> builder.moderationRule(BROKEN_IBAN));

    PostOutcome outcome = scene.announce("Jornada dijous");

    assertHeldNaming(outcome, "iban-detector");
    assertThat(scene.platform.moderationQueries().queue(JORDI, scene.community.id(), PageRequest.first(10)).items())
        .hasSize(1);
  }

  @Test
  void rulesRunWithNoTransactionOpen() {
    AtomicBoolean insideTransaction = new AtomicBoolean();
    AddOnScene[] scene = new AddOnScene[1];
    ModerationRule watcher = rule("watcher", draft -> {
      insideTransaction.compareAndSet(false, scene[0].openTransactions.get() > 0);
      return Verdict.PUBLISH;
    });
    scene[0] = new AddOnScene(builder -> builder.moderationRule(watcher));

    assertThat(scene[0].start(MARTA, "Bon dia")).isInstanceOf(PostOutcome.Published.class);
    assertThat(stats(scene[0], "watcher").calls()).isEqualTo(1);
    assertThat(scene[0].transactionsRun).as("the storage counts its transactions").hasPositiveValue();
    assertThat(insideTransaction).as("a rule ran inside a transaction").isFalse();
  }

  /**
   * A rule that answers only once the test lets it: it stands for a vendor's rule that asks a slow
   * service. It records whether it has answered, so a test can see what the post did not wait for.
   */
  private static final class StalledRule {
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch answered = new CountDownLatch(1);
    final ModerationRule rule;

    StalledRule(String name, RuleFailure onFailure) {
      rule = rule(name, draft -> {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        answered.countDown();
        return Verdict.PUBLISH;
      }, onFailure);
    }
  }

  @Test
  void aRuleWithNoVerdictWithinTheBudgetHoldsThePostWithoutBeingWaitedFor() throws InterruptedException {
    StalledRule stalled = new StalledRule("dni-service", RuleFailure.HOLD);
    AddOnScene scene = new AddOnScene(builder -> builder.moderationRule(stalled.rule)
        .moderationRuleBudget(Duration.ofMillis(20)));
    try {
      PostOutcome outcome = scene.start(MARTA, "El DNI del cas és 12345678Z");

      assertThat(stalled.answered.getCount()).as("the rule has not answered: the post did not wait for it").isOne();
      assertHeldNaming(outcome, "dni-service");
      assertThat(((PostOutcome.Held) outcome).reason()).contains("late").contains("20 ms");
      assertThat(((PostOutcome.Held) outcome).post().state()).isEqualTo(PostState.HELD);
      assertThat(stats(scene, "dni-service")).satisfies(stats -> {
        assertThat(stats.calls()).isEqualTo(1);
        assertThat(stats.timeouts()).isEqualTo(1);
        assertThat(stats.failures()).isZero();
      });
    } finally {
      stalled.release.countDown();
    }
    assertThat(stalled.answered.await(30, TimeUnit.SECONDS)).isTrue();
    // its late "publish" is dropped: the post waits in the review queue
    assertThat(scene.platform.moderationQueries().queue(JORDI, scene.community.id(), PageRequest.first(10)).items())
        .singleElement().satisfies(item -> assertThat(item.heldBecause())
            .hasValueSatisfying(reason -> assertThat(reason).startsWith("dni-service:").contains("late")));
  }

  @Test
  void anAdvisoryRuleWithNoVerdictWithinTheBudgetIsSkipped() {
    StalledRule stalled = new StalledRule("tone-hints", RuleFailure.SKIP);
    AddOnScene scene = new AddOnScene(builder -> builder.moderationRule(stalled.rule)
        .moderationRuleBudget(Duration.ofMillis(20)));
    try {
      PostOutcome outcome = scene.start(MARTA, "Bon dia");

      assertThat(stalled.answered.getCount()).as("the rule has not answered: the post did not wait for it").isOne();
      assertThat(outcome).isInstanceOf(PostOutcome.Published.class);
      assertThat(stats(scene, "tone-hints").timeouts()).isEqualTo(1);
    } finally {
      stalled.release.countDown();
    }
  }

  @Test
  void theHostHoldsAPostALateAdvisoryRuleLeftUnchecked() {
    StalledRule stalled = new StalledRule("tone-hints", RuleFailure.SKIP);
    AddOnScene scene = new AddOnScene(builder -> builder.moderationRule(stalled.rule)
        .moderationRuleFailure("tone-hints", RuleFailure.HOLD).moderationRuleBudget(Duration.ofMillis(20)));
    try {
      assertHeldNaming(scene.start(MARTA, "Bon dia"), "tone-hints");
    } finally {
      stalled.release.countDown();
    }
  }

  @Test
  void aRuleThatAnswersWithinTheBudgetIsNotLate() {
    ModerationRule quick = rule("quick-rule", draft -> new Verdict.Hold("looks odd"));
    AddOnScene scene = new AddOnScene(builder -> builder.moderationRule(quick));

    assertThat(scene.start(MARTA, "Bon dia")).isInstanceOfSatisfying(PostOutcome.Held.class,
        held -> assertThat(held.reason()).isEqualTo("quick-rule: looks odd"));
    assertThat(stats(scene, "quick-rule").timeouts()).isZero();
  }

  private static AddOnStats stats(AddOnScene scene, String name) {
    return scene.platform.addOnStats().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
