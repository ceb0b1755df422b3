package org.copkit.core.addon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.addon.AddOnScene.rule;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.shared.AddOnStats;
import org.copkit.api.shared.BrokenAddOns;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.core.CopPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The builder refuses a misconfigured add-on, naming its class and the rule it breaks, for each of
 * the three extension points: a missing name, a name with spaces or capitals, a taken name.
 */
class AddOnNamesTest {

  private final AddOnScene scene = new AddOnScene(builder -> builder);

  static RankingSignal signal(String name) {
    return new NamedSignal(name);
  }

  /** A signal with a given name and no terms. */
  private record NamedSignal(String given) implements RankingSignal {
    @Override
    public String name() {
      return given;
    }
  }

  /** A classifier with a given name that answers nothing. */
  private record NamedClassifier(String given) implements ActivityClassifier {
    @Override
    public String name() {
      return given;
    }

    @Override
    public Optional<CopComponent> classify(ActivityType type) {
      return Optional.empty();
    }
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "Pill Boost", "pill boost", "PILL-BOOST", "pill_boost", "\u202Epill",
      "a-name-of-more-than-sixty-four-characters-is-too-long-for-any-add-on"})
  void aMalformedNameIsRefusedAtOnceNamingTheClass(String name) {
    CopPlatform.Builder builder = scene.base();

    refused(() -> builder.rankingSignal(signal(name)), NamedSignal.class, "rankingSignal");
    refused(() -> builder.moderationRule(rule(name, draft -> Verdict.PUBLISH)), null, "moderationRule");
    refused(() -> builder.activityClassifier(new NamedClassifier(name)), NamedClassifier.class, "activityClassifier");
  }

  @Test
  void aNameThatThrowsIsRefusedAtOnce() {
    RankingSignal throwing = new RankingSignal() {
      @Override
      public String name() {
        throw new UnsupportedOperationException("no name yet");
      }
    };

    assertThatThrownBy(() -> scene.base().rankingSignal(throwing)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(throwing.getClass().getName()).hasMessageContaining("no name yet");
  }

  @Test
  void aRefusedNameIsToldWhatIsWrongWithItsControlCharactersShownEscaped() {
    assertThatThrownBy(() -> scene.base().rankingSignal(signal(null))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(NamedSignal.class.getName() + ": its name is null; a name is required");
    assertThatThrownBy(() -> scene.base().rankingSignal(signal("pill\u0007boost\u202E")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(NamedSignal.class.getName()
            + ": its name 'pill\\u0007boost\\u202E' is not 1 to 64 lower-case letters, digits and dashes")
        .message().doesNotContain("\u0007", "\u202E");
  }

  /** A signal that gives a good name when registered and fails to give one when the platform is built. */
  private static final class FickleSignal implements RankingSignal {
    private final java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String name() {
      if (asked.getAndIncrement() > 0) {
        throw new UnsupportedOperationException("the licence server is down");
      }
      return "pill-boost";
    }
  }

  @Test
  void aNameThatThrowsWhenThePlatformIsBuiltIsRefusedWithItsCauseOrLeftOut() {
    assertThatThrownBy(() -> scene.base().rankingSignal(new FickleSignal()).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("ranking-signal");
          assertThat(e).hasMessageContaining(FickleSignal.class.getName() + ": its name() threw")
              .cause().isInstanceOf(UnsupportedOperationException.class).hasMessage("the licence server is down");
        });
    assertThat(scene.base().brokenAddOns(BrokenAddOns.SKIP).rankingSignal(new FickleSignal()).build().addOnStats())
        .extracting(AddOnStats::name).doesNotContain("pill-boost");
  }

  @Test
  void twoAddOnsOfOneKindWithOneNameAreRefused() {
    assertThatThrownBy(() -> scene.base().rankingSignal(signal("pill-boost")).rankingSignal(signal("pill-boost")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(NamedSignal.class.getName()).hasMessageContaining("'pill-boost' is taken");
    assertThatThrownBy(() -> scene.base()
            .moderationRule(rule("iban", draft -> Verdict.PUBLISH)).moderationRule(rule("iban", draft -> Verdict.PUBLISH))
            .build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'iban' is taken");
    assertThatThrownBy(() -> scene.base()
            .activityClassifier(new NamedClassifier("protocols")).activityClassifier(new NamedClassifier("protocols"))
            .build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'protocols' is taken");
  }

  @Test
  void aRuleMayNotTakeABuiltInRulesNameNorASignalABuiltInSignalsName() {
    assertThatThrownBy(() -> scene.base().moderationRule(rule("repeated-post", draft -> Verdict.PUBLISH)).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'repeated-post' is taken");
    assertThatThrownBy(() -> scene.base().rankingSignal(signal("recency")).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'recency' is a built-in one");
    assertThatThrownBy(() -> scene.base().activityClassifier(new NamedClassifier("built-in")).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'built-in' is a built-in one");
  }

  @Test
  void theHostMayStartWithoutTheSecondAddOnOfAName() {
    CopPlatform platform = scene.base().brokenAddOns(BrokenAddOns.SKIP)
        .rankingSignal(signal("pill-boost")).rankingSignal(signal("pill-boost")).rankingSignal(signal("recency"))
        .build();

    assertThat(platform.addOnStats()).extracting(AddOnStats::kind, AddOnStats::name)
        .filteredOn(pair -> pair.toList().get(0).equals("ranking-signal"))
        .extracting(pair -> pair.toList().get(1)).containsExactly("pill-boost");
  }

  @Test
  void wellNamedAddOnsAreAccepted() {
    CopPlatform platform = scene.base().rankingSignal(signal("pill-boost")).activityClassifier(new NamedClassifier("protocols"))
        .moderationRule(rule("iban-detector", draft -> Verdict.PUBLISH)).build();

    assertThat(platform.addOnStats()).extracting(AddOnStats::name)
        .containsExactly("newcomer-links", "repeated-post", "iban-detector", "pill-boost", "protocols");
  }

  /** The builder's time budgets for add-on calls, each by the name it gives in its errors. */
  private static final Map<String, BiFunction<CopPlatform.Builder, Duration, CopPlatform.Builder>> BUDGETS = Map.of(
      "rankingSignalBudget", CopPlatform.Builder::rankingSignalBudget,
      "activityClassifierBudget", CopPlatform.Builder::activityClassifierBudget,
      "moderationRuleBudget", CopPlatform.Builder::moderationRuleBudget);

  @ParameterizedTest
  @ValueSource(strings = {"rankingSignalBudget", "activityClassifierBudget", "moderationRuleBudget"})
  void aTimeBudgetOutOfRangeIsRefusedNamingTheSetting(String setting) {
    var budget = BUDGETS.get(setting);
    for (Duration wrong : new Duration[] {null, Duration.ofMillis(-1), Duration.ZERO, Duration.ofNanos(999_999),
        Duration.ofSeconds(10).plusMillis(1)}) {
      assertThatThrownBy(() -> budget.apply(scene.base(), wrong)).as("%s(%s)", setting, wrong)
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(setting));
    }
    for (Duration right : new Duration[] {Duration.ofMillis(1), Duration.ofSeconds(10)}) {
      assertThat(budget.apply(scene.base(), right).build().addOnStats()).as("%s(%s)", setting, right).isNotEmpty();
    }
  }

  private static void refused(Runnable registration, Class<?> type, String field) {
    assertThatThrownBy(registration::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      if (type != null) {
        assertThat(e.getMessage()).contains(type.getName());
      }
    });
  }
}
