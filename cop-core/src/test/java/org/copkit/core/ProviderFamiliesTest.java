package org.copkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.ComponentBalance;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Invite;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.competence.DigComp;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.Explanation;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.shared.AddOnStats;
import org.copkit.api.shared.BrokenAddOns;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.shared.AddOns;
import org.copkit.core.shared.Providers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The three families of providers on the builder read alike: each is registered, discovered with
 * {@code ServiceLoader} (this module's test {@code META-INF/services} lists working providers, and
 * {@code broken-add-ons/META-INF/services}, found through {@link #withBrokenAddOns()}, one that cannot
 * be created for each SPI), refuses or skips a provider that fails to load, as the host chose, and
 * can be left undiscovered.
 */
class ProviderFamiliesTest {

  private static final MemberId JORDI = ConversationScene.JORDI;
  private static final MemberId MARTA = ConversationScene.MARTA;
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private final TestClock clock = new TestClock(START);

  /**
   * Builds a platform in which Jordi founds a community, admits Marta and starts one announcement;
   * then Marta, a core member whose posts the rules screen, starts a discussion holding {@code body}.
   */
  private Outcome announce(String body, UnaryOperator<CopPlatform.Builder> configure) {
    CopPlatform platform = configure.apply(CopPlatform.builder()
            .directory(InMemoryDirectory.of(
                Person.active(JORDI, "Jordi Casals", "Mediació"), Person.active(MARTA, "Marta Roca", "Mediació")))
            .clock(clock)
            .moderationDefaults(ConversationScene.UNMODERATED))
        .build();
    Community community = platform.lifecycle().create(JORDI,
        new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));
    var invitation = platform.joining().invite(JORDI, new Invite(community.id(), MARTA, Tier.CORE, ""));
    platform.joining().accept(MARTA, invitation.id());
    clock.advance(Duration.ofHours(1));
    assertThat(platform.discussions().start(JORDI, new StartThread(
            community.id(), ThreadKind.ANNOUNCEMENT, Audience.COMMUNITY, "Jornada", "Benvinguts", Set.of())))
        .isInstanceOf(PostOutcome.Published.class);
    PostOutcome outcome = platform.discussions().start(MARTA, StartThread.discussion(community.id(), "Casos", body));
    clock.advance(Duration.ofHours(1));
    return new Outcome(platform, community, outcome);
  }

  private record Outcome(CopPlatform platform, Community community, PostOutcome post) {

    List<String> signals() {
      List<FeedItem> items = platform.feed().feed(JORDI, FeedQuery.first(5)).items();
      assertThat(items).isNotEmpty();
      return platform.feed().explain(JORDI, items.get(0).activity()).contributions().stream()
          .map(Explanation.Contribution::signal)
          .toList();
    }

    ComponentBalance components() {
      Window window = Window.between(START, START.plus(Duration.ofDays(1)));
      return platform.participationReports().community(JORDI, community.id(), window).components();
    }
  }

  /** A class loader that also finds the add-ons of {@code broken-add-ons/}: one unloadable per SPI. */
  static ClassLoader withBrokenAddOns() {
    URL broken = ProviderFamiliesTest.class.getClassLoader().getResource("broken-add-ons/");
    return new URLClassLoader(new URL[] {broken}, ProviderFamiliesTest.class.getClassLoader());
  }

  @Test
  void theLoaderSkipsAProviderThatFailsToLoadAndKeepsTheOthersInOrder() {
    AddOns skipping = new AddOns(BrokenAddOns.SKIP);
    assertThat(Providers.load(ModerationRule.class, withBrokenAddOns(), "moderation-rule", skipping))
        .extracting(ModerationRule::name).containsExactly("discovered-rule", "\u202Eelur-dab");
    assertThat(Providers.load(RankingSignal.class, withBrokenAddOns(), "ranking-signal", skipping))
        .extracting(RankingSignal::name).containsExactly("pill-boost", "exploding");
    assertThat(Providers.load(ActivityClassifier.class, withBrokenAddOns(), "activity-classifier", skipping))
        .extracting(ActivityClassifier::name).containsExactly("exploding", "announcements-are-learning");
  }

  @Test
  void byDefaultTheBuilderRefusesAProviderThatCannotBeCreatedNamingItsClassAndCause() {
    CopPlatform.Builder builder = CopPlatform.builder()
        .directory(InMemoryDirectory.of(Person.active(JORDI, "Jordi Casals", "Mediació")))
        .addOnClassLoader(withBrokenAddOns());

    assertThatThrownBy(builder::build).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(UnloadableRule.class.getName()).hasMessageContaining("missing configuration");
    assertThatThrownBy(() -> builder.discoverModerationRules(false).build())
        .hasMessageContaining("org.copkit.core.feed.UnloadableSignal");
    assertThatThrownBy(() -> builder.discoverRankingSignals(false).build())
        .hasMessageContaining("org.copkit.core.analytics.UnloadableClassifier");
    assertThatThrownBy(() -> builder.discoverActivityClassifiers(false).build())
        .hasMessageContaining(UnloadableFrameworks.class.getName()).hasMessageContaining("missing framework files");
    assertThat(builder.discoverCompetenceFrameworks(false).build()).isNotNull();
  }

  @Test
  void aProviderWithoutAPublicNoArgumentConstructorOrWhoseClassIsMissingIsRefusedNamingItOrLeftOut() {
    URL folder = ProviderFamiliesTest.class.getClassLoader().getResource("unconstructible-add-ons/");
    ClassLoader loader = new URLClassLoader(new URL[] {folder}, ProviderFamiliesTest.class.getClassLoader());
    CopPlatform.Builder builder = CopPlatform.builder()
        .directory(InMemoryDirectory.of(Person.active(JORDI, "Jordi Casals", "Mediació"))).addOnClassLoader(loader);

    assertThatThrownBy(builder::build).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(RuleWithoutNoArgumentConstructor.class.getName()).hasMessageContaining("no-arg");
    assertThatThrownBy(() -> builder.discoverModerationRules(false).build()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("com.example.vendor.MissingSignal").hasMessageContaining("not found");
    assertThat(builder.discoverModerationRules(true).brokenAddOns(BrokenAddOns.SKIP).build().addOnStats())
        .extracting(AddOnStats::name).doesNotContain("needs-a-pattern");
  }

  @Test
  void aFrameworkProviderThatFailsToGiveItsFrameworksIsRefusedNamingItsClassAndCauseOrLeftOut() {
    URL failing = ProviderFamiliesTest.class.getClassLoader().getResource("failing-frameworks/");
    ClassLoader loader = new URLClassLoader(new URL[] {failing}, ProviderFamiliesTest.class.getClassLoader());
    Person jordi = Person.active(JORDI, "Jordi Casals", "Mediació");
    CopPlatform.Builder builder = CopPlatform.builder().directory(InMemoryDirectory.of(jordi)).addOnClassLoader(loader);

    assertThatThrownBy(builder::build).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(FailingFrameworks.class.getName()).hasMessageContaining("frameworks()")
        .hasMessageContaining("the framework files are missing");
    assertThat(builder.brokenAddOns(BrokenAddOns.SKIP).build().competences().frameworks(JORDI))
        .extracting(framework -> framework.ref()).containsExactly(DigComp.V2_2);
  }

  @Test
  void theHostMayStartWithoutTheBrokenProviders() {
    Outcome outcome = announce("Benvinguts",
        builder -> builder.addOnClassLoader(withBrokenAddOns()).brokenAddOns(BrokenAddOns.SKIP));

    assertThat(outcome.post()).isInstanceOf(PostOutcome.Published.class);
    assertThat(outcome.platform().addOnStats()).extracting(AddOnStats::name)
        .contains("discovered-rule", "pill-boost", "exploding", "announcements-are-learning")
        .doesNotContain("unloadable", "\u202Eelur-dab");
  }

  @Nested
  class ModerationRules {

    /** Registered: rejects posts holding its own marker. */
    private final ModerationRule registered = new ModerationRule() {
      @Override
      public String name() {
        return "registered-rule";
      }

      @Override
      public Verdict review(Draft draft) {
        return draft.body().contains("registered-rule-marker") ? new Verdict.Reject("marked") : Verdict.PUBLISH;
      }
    };

    @Test
    void aRegisteredRuleRuns() {
      PostOutcome outcome = announce("registered-rule-marker", builder -> builder.moderationRule(registered)).post();

      assertThat(outcome).isInstanceOfSatisfying(PostOutcome.Rejected.class,
          rejected -> assertThat(rejected.rule()).isEqualTo("registered-rule"));
    }

    @Test
    void aDiscoveredRuleRunsAndTheOneThatCannotLoadIsSkipped() {
      PostOutcome outcome = announce(DiscoveredRule.MARKER, builder -> builder.moderationRule(registered)).post();

      assertThat(outcome).isInstanceOfSatisfying(PostOutcome.Rejected.class,
          rejected -> assertThat(rejected.rule()).isEqualTo("discovered-rule"));
    }

    @Test
    void withoutDiscoveryOnlyTheBuiltInAndRegisteredRulesRun() {
      PostOutcome outcome = announce(DiscoveredRule.MARKER + " registered-rule-marker",
          builder -> builder.discoverModerationRules(false).moderationRule(registered)).post();

      assertThat(outcome).isInstanceOfSatisfying(PostOutcome.Rejected.class,
          rejected -> assertThat(rejected.rule()).isEqualTo("registered-rule"));
      assertThat(announce(DiscoveredRule.MARKER, builder -> builder.discoverModerationRules(false)).post())
          .isInstanceOf(PostOutcome.Published.class);
    }

    @Test
    void aDiscoveredRuleWhoseNameCannotBeShownToAuthorsIsRefusedOrSkipped() {
      assertThatThrownBy(() -> announce(BadlyNamedRule.MARKER, builder -> builder.addOnClassLoader(withBrokenAddOns())
              .discoverRankingSignals(false).discoverActivityClassifiers(false)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining(UnloadableRule.class.getName());
      PostOutcome outcome = announce(BadlyNamedRule.MARKER,
          builder -> builder.addOnClassLoader(withBrokenAddOns()).brokenAddOns(BrokenAddOns.SKIP)).post();

      assertThat(outcome).as("a rule named with a right-to-left override must not refuse anyone")
          .isInstanceOf(PostOutcome.Published.class);
    }

    @Test
    void aRegisteredRuleWhoseNameCannotBeShownToAuthorsIsRefusedAtOnce() {
      CopPlatform.Builder builder = CopPlatform.builder();

      assertThatThrownBy(() -> builder.moderationRule(new BadlyNamedRule()))
          .isInstanceOfSatisfying(InvalidInputException.class,
              e -> assertThat(e.field()).isEqualTo("moderationRule"))
          .hasMessageContaining(BadlyNamedRule.class.getName());
      assertThatThrownBy(() -> builder.moderationRule(renamed(" ")))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> builder.moderationRule(renamed(null)))
          .isInstanceOf(InvalidInputException.class);
    }

    private ModerationRule renamed(String name) {
      return new ModerationRule() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public Verdict review(Draft draft) {
          return registered.review(draft);
        }
      };
    }
  }

  @Nested
  class RankingSignals {

    /** Registered: lifts nothing, but is weighed and explained. */
    private final RankingSignal registered = new RankingSignal() {
      @Override
      public String name() {
        return "registered-signal";
      }

      @Override
      public MemberTerms memberTerms(MemberId member) {
        return MemberTerms.none();
      }
    };

    @Test
    void registeredThenDiscoveredSignalsAreWeighedSkippingTheOneThatCannotLoad() {
      List<String> signals = announce("Benvinguts", builder -> builder.rankingSignal(registered)
          .addOnClassLoader(withBrokenAddOns()).brokenAddOns(BrokenAddOns.SKIP)).signals();

      assertThat(signals).endsWith("registered-signal", "pill-boost", "exploding").doesNotContain("unloadable");
    }

    @Test
    void withoutDiscoveryOnlyTheBuiltInAndRegisteredSignalsAreWeighed() {
      List<String> signals =
          announce("Benvinguts", builder -> builder.discoverRankingSignals(false).rankingSignal(registered)).signals();

      assertThat(signals).endsWith("seen", "registered-signal").doesNotContain("pill-boost", "exploding");
    }
  }

  @Nested
  class ActivityClassifiers {

    /** Registered: announcements are production. */
    private final ActivityClassifier registered = new ActivityClassifier() {
      @Override
      public String name() {
        return "announcements-are-production";
      }

      @Override
      public Optional<CopComponent> classify(ActivityType type) {
        return type.threadKind() == ThreadKind.ANNOUNCEMENT ? Optional.of(CopComponent.PRODUCTION) : Optional.empty();
      }
    };

    @Test
    void aRegisteredClassifierIsAskedBeforeTheDiscoveredOnes() {
      ComponentBalance balance = announce("Benvinguts", builder -> builder.activityClassifier(registered)).components();

      assertThat(balance.count(CopComponent.PRODUCTION)).isEqualTo(1);
    }

    @Test
    void aDiscoveredClassifierAnswersPastTheOneThatThrowsAndTheOneThatCannotLoad() {
      Outcome outcome = announce("Benvinguts",
          builder -> builder.addOnClassLoader(withBrokenAddOns()).brokenAddOns(BrokenAddOns.SKIP));
      ComponentBalance balance = outcome.components();

      assertThat(balance.count(CopComponent.LEARNING)).isEqualTo(1);
      assertThat(outcome.platform().addOnStats())
          .filteredOn(stats -> stats.kind().equals("activity-classifier") && stats.name().equals("exploding"))
          .singleElement().satisfies(stats -> {
            assertThat(stats.failures()).isPositive();
            assertThat(stats.calls()).isGreaterThanOrEqualTo(stats.failures());
          });
    }

    @Test
    void withoutDiscoveryTheBuiltInClassifierAnswers() {
      ComponentBalance balance =
          announce("Benvinguts", builder -> builder.discoverActivityClassifiers(false)).components();

      assertThat(balance.count(CopComponent.LEARNING)).isZero();
      assertThat(balance.contributions().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
    }
  }
}
