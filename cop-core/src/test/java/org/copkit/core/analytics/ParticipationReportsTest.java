package org.copkit.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.copkit.core.analytics.ParticipationScene.JORDI;
import static org.copkit.core.analytics.ParticipationScene.LAIA;
import static org.copkit.core.analytics.ParticipationScene.MARTA;
import static org.copkit.core.analytics.ParticipationScene.NURIA;
import static org.copkit.core.analytics.ParticipationScene.ORIOL;
import static org.copkit.core.analytics.ParticipationScene.PERE;
import static org.copkit.core.analytics.ParticipationScene.W;
import static org.copkit.core.analytics.ParticipationScene.WEEK_1;
import static org.copkit.core.analytics.ParticipationScene.WEEK_2;
import static org.copkit.core.analytics.ParticipationScene.window;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.api.analytics.Dormancy;
import org.copkit.api.analytics.Granularity;
import org.copkit.api.analytics.HealthFactor;
import org.copkit.api.analytics.MemberParticipation;
import org.copkit.api.analytics.Movement;
import org.copkit.api.analytics.Participation;
import org.copkit.api.analytics.ParticipantSearch;
import org.copkit.api.analytics.ParticipationClass;
import org.copkit.api.analytics.PeriodFigures;
import org.copkit.api.analytics.PlatformReport;
import org.copkit.api.analytics.QuestionFigures;
import org.copkit.api.analytics.TierParticipation;
import org.copkit.api.analytics.Window;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Exact figures of the {@link ParticipationScene}, computed by hand. */
class ParticipationReportsTest {

  private static final double EXACT = 1e-12;

  private final ParticipationScene scene = new ParticipationScene(Visibility.OPEN);

  private CommunityReport report(Window window) {
    return scene.platform.participationReports().community(JORDI, scene.community.id(), window);
  }

  @Nested
  class Participation_ {

    @Test
    void countsMembersContributionsAndTheSplitWithLurkersIncluded() {
      Participation participation = report(W).participation();

      assertThat(participation.members()).isEqualTo(5);
      assertThat(participation.contributions()).isEqualTo(7);
      assertThat(participation.contributors()).isEqualTo(4);
      assertThat(participation.activeParticipationRate()).isEqualTo(0.8);
      assertThat(participation.heavy()).isEqualTo(1);
      assertThat(participation.intermittent()).isEqualTo(3);
      assertThat(participation.lurkers()).isEqualTo(1);
    }

    @Test
    void measuresInequalityOverAllMembers() {
      Participation participation = report(W).participation();

      // x = [0, 1, 1, 2, 3], Σx = 7, weights 2i − 6 = −4, −2, 0, 2, 4: −2 + 4 + 12 = 14, over 5·7
      assertThat(participation.gini()).isCloseTo(0.4, within(EXACT));
      assertThat(participation.top1PercentShare()).isCloseTo(3.0 / 7, within(EXACT));
      assertThat(participation.lorenz()).hasSize(101);
      // t = 0.6·5 = 3: (0 + 1 + 1) / 7
      assertThat(participation.lorenz().get(60).contributionShare()).isCloseTo(2.0 / 7, within(EXACT));
    }

    @Test
    void findsEveryMemberALurkerInAQuietWindow() {
      Participation participation = report(window("2026-02-01T00:00:00Z", "2026-03-20T00:00:00Z")).participation();

      assertThat(participation).isEqualTo(Participation.none(4));
    }

    @Test
    void knowsNoMemberBeforeTheCommunityExisted() {
      assertThat(report(window("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z")).participation()).isEqualTo(Participation.none(0));
    }

    @Test
    void comparesTheCoreWithThePeriphery() {
      assertThat(report(W).tiers()).containsExactly(
          TierParticipation.of(Tier.CORE, 2, 5, 2),
          TierParticipation.of(Tier.PARTICIPANT, 2, 2, 2),
          TierParticipation.of(Tier.OBSERVER, 1, 0, 0));
    }
  }

  @Nested
  class Movement_ {

    @Test
    void countsActivationAgainstThePreviousWindowOfTheSameLength() {
      Movement movement = report(W).movement();

      assertThat(movement.previous()).isEqualTo(window("2026-03-23T00:00:00Z", "2026-04-06T00:00:00Z"));
      assertThat(movement.count(ParticipationClass.INTERMITTENT, ParticipationClass.HEAVY)).as("jordi").isEqualTo(1);
      assertThat(movement.count(ParticipationClass.INTERMITTENT, ParticipationClass.INTERMITTENT)).as("laia").isEqualTo(1);
      assertThat(movement.count(ParticipationClass.LURKER, ParticipationClass.INTERMITTENT)).as("marta, oriol").isEqualTo(2);
      assertThat(movement.count(ParticipationClass.LURKER, ParticipationClass.LURKER)).as("pere").isEqualTo(1);
      assertThat(movement.activated()).isEqualTo(2);
      assertThat(movement.lapsed()).isZero();
      assertThat(movement.retained()).isEqualTo(2);
      assertThat(movement.stillLurking()).isEqualTo(1);
      assertThat(movement.joined()).isZero();
    }

    @Test
    void countsTheWayBackAndTheMembersWhoJoinedApart() {
      // [03-30, 04-13) against [03-17, 03-30): laia and jordi contributed then and nothing in week 1
      // but jordi, who did; oriol joined on 04-01
      Movement movement = report(window("2026-03-30T00:00:00Z", "2026-04-13T00:00:00Z")).movement();

      assertThat(movement.lapsed()).as("laia").isEqualTo(1);
      assertThat(movement.count(ParticipationClass.INTERMITTENT, ParticipationClass.HEAVY)).as("jordi").isEqualTo(1);
      assertThat(movement.count(ParticipationClass.LURKER, ParticipationClass.INTERMITTENT)).as("marta").isEqualTo(1);
      assertThat(movement.stillLurking()).as("pere").isEqualTo(1);
      assertThat(movement.joined()).as("oriol").isEqualTo(1);
    }
  }

  @Nested
  class ComponentsAndQuestions {

    @Test
    void balancesTheFourComponentsByTheBuiltInClassification() {
      var components = report(W).components();

      assertThat(components.contributions()).isEqualTo(Map.of(
          CopComponent.LEARNING, 2L, CopComponent.ANTENNA, 1L, CopComponent.KNOW_HOW, 3L, CopComponent.PRODUCTION, 1L));
      // p = 2/7, 1/7, 3/7, 1/7: the same shares as 3, 1, 2, 1, so the same evenness
      double entropy = -(3.0 / 7 * Math.log(3.0 / 7) + 2 * (1.0 / 7 * Math.log(1.0 / 7)) + 2.0 / 7 * Math.log(2.0 / 7));
      assertThat(components.evenness()).isCloseTo(entropy / Math.log(4), within(EXACT)).isCloseTo(0.921185, within(1e-6));
    }

    @Test
    void theMedianTimeToAnAnswerIsTheMiddleOfTheDelaysHoweverTheyCame() {
      ParticipationScene later = new ParticipationScene(Visibility.OPEN);
      // after W: a question answered in 5 hours, then one answered in 1 hour, then one in 3 hours
      for (long hours : new long[] {5, 1, 3}) {
        Instant asked = later.clock.instant().plus(Duration.ofDays(1));
        var question = later.start(MARTA, asked.toString(),
            StartThread.question(later.community.id(), "Pregunta " + hours, "Com ho fem, " + hours + "?", java.util.Set.of()));
        later.reply(ORIOL, asked.plus(Duration.ofHours(hours)).toString(), question, "Així, " + hours);
      }
      Window after = window("2026-04-20T00:00:00Z", later.clock.instant().plusSeconds(1).toString());

      assertThat(later.platform.participationReports().community(JORDI, later.community.id(), after).questions()
          .medianTimeToFirstAnswer()).contains(Duration.ofHours(3));
    }

    @Test
    void countsAnsweredAndAcceptedQuestionsAndTheMedianTimeToAnAnswer() {
      assertThat(report(W).questions()).isEqualTo(QuestionFigures.of(2, 1, 1, Optional.of(Duration.ofHours(2))));
      assertThat(report(W).questions().shareAnswered()).isEqualTo(0.5);
    }
  }

  @Nested
  class Series_ {

    @Test
    void cutsTheWindowIntoWeeksWithEveryCount() {
      var weeks = report(W).weekly();

      assertThat(weeks.granularity()).isEqualTo(Granularity.WEEK);
      assertThat(weeks.periods()).containsExactly(
          new PeriodFigures(WEEK_1, 5, 5, 3, 1, 2, 2,
              Map.of(CopComponent.LEARNING, 1L, CopComponent.ANTENNA, 1L, CopComponent.KNOW_HOW, 3L, CopComponent.PRODUCTION, 0L),
              1, 1, 1),
          new PeriodFigures(WEEK_2, 5, 2, 2, 0, 2, 3,
              Map.of(CopComponent.LEARNING, 1L, CopComponent.ANTENNA, 0L, CopComponent.KNOW_HOW, 0L, CopComponent.PRODUCTION, 1L),
              1, 0, 0));
    }

    @Test
    void clipsTheMonthsToTheWindow() {
      var months = report(window("2026-03-15T00:00:00Z", "2026-04-20T00:00:00Z")).monthly();

      assertThat(months.periods()).extracting(PeriodFigures::period).containsExactly(
          window("2026-03-15T00:00:00Z", "2026-04-01T00:00:00Z"), window("2026-04-01T00:00:00Z", "2026-04-20T00:00:00Z"));
      assertThat(months.periods()).extracting(PeriodFigures::members).containsExactly(4L, 5L);
      assertThat(months.periods()).extracting(PeriodFigures::contributions).containsExactly(2L, 7L);
      assertThat(months.periods()).extracting(PeriodFigures::contributors).containsExactly(2L, 4L);
    }
  }

  @Nested
  class Health_ {

    @Test
    void scoresTheWindowByTheDocumentedWeights() {
      var health = report(W).health();

      double evenness = report(W).components().evenness();
      assertThat(health.factors()).containsOnlyKeys(HealthFactor.values());
      assertThat(health.factors().get(HealthFactor.PARTICIPATION)).isEqualTo(1);
      assertThat(health.factors().get(HealthFactor.SPREAD)).isCloseTo(4.0 / 7, within(EXACT));
      assertThat(health.factors().get(HealthFactor.BALANCE)).isEqualTo(evenness);
      assertThat(health.factors().get(HealthFactor.RESPONSIVENESS)).isEqualTo(0.5);
      assertThat(health.factors().get(HealthFactor.MOMENTUM)).as("7 contributions against 2").isEqualTo(1);
      // 100 · (0.30 + 0.15·4/7 + 0.15·0.921185 + 0.20·0.5 + 0.20) = 82.39
      assertThat(health.score()).isEqualTo(82);
    }

    @Test
    void momentumFallsWithTheContributionsAgainstThePreviousWindow() {
      var health = report(WEEK_2).health();

      assertThat(health.factors().get(HealthFactor.MOMENTUM)).as("2 contributions against 5").isCloseTo(0.4, within(EXACT));
    }

    @Test
    void theScoreIsTheWeightedMeanOfTheFactorsThatApplyOnly() {
      var health = report(window("2026-03-20T00:00:00Z", "2026-04-01T00:00:00Z")).health();

      assertThat(health.factors()).doesNotContainKey(HealthFactor.RESPONSIVENESS).containsKey(HealthFactor.PARTICIPATION);
      double weighted = health.factors().entrySet().stream().mapToDouble(f -> f.getKey().weight() * f.getValue()).sum();
      double weights = health.factors().keySet().stream().mapToDouble(HealthFactor::weight).sum();
      assertThat(weights).as("a factor is left out").isLessThan(1);
      assertThat(health.score()).isEqualTo((int) Math.round(100 * weighted / weights));
    }

    @Test
    void leavesOutTheFactorsThatDoNotApply() {
      var health = report(window("2026-02-01T00:00:00Z", "2026-03-20T00:00:00Z")).health();

      assertThat(health.factors()).isEqualTo(Map.of(HealthFactor.PARTICIPATION, 0.0, HealthFactor.MOMENTUM, 0.0));
      assertThat(health.score()).isZero();
    }

    @Test
    void readsDormancyAsTheLifecycleDecidesIt() {
      Instant lastPost = Instant.parse("2026-04-15T10:00:00Z");
      assertThat(report(W).health().dormancy()).isEqualTo(new Dormancy.Awake(lastPost, lastPost.plus(Duration.ofDays(90))));

      scene.moveTo("2026-07-14T10:00:01Z");
      assertThat(report(W).health().dormancy()).isEqualTo(new Dormancy.Due(lastPost, Duration.ofDays(90).plusSeconds(1)));

      assertThat(scene.platform.lifecycle().sweepDormant(NURIA)).extracting(c -> c.id()).containsExactly(scene.community.id());
      assertThat(report(W).health().dormancy()).isEqualTo(new Dormancy.Asleep(lastPost));

      scene.platform.lifecycle().changeStage(JORDI, new ChangeStage(scene.community.id(), Stage.ARCHIVED, "closed"));
      assertThat(report(W).health().dormancy()).isEqualTo(new Dormancy.OutsideCycle(Stage.ARCHIVED, lastPost));
    }
  }

  @Nested
  class EachMember {

    @Test
    void listsEveryMembersClassMostContributionsFirstThenTheLurkers() {
      Page<MemberParticipation> all = scene.platform.participationReports()
          .participants(JORDI, ParticipantSearch.everyone(scene.community.id(), W, PageRequest.first(10)));

      assertThat(all.items()).containsExactly(
          new MemberParticipation(JORDI, Tier.CORE, 3, ParticipationClass.HEAVY),
          new MemberParticipation(MARTA, Tier.CORE, 2, ParticipationClass.INTERMITTENT),
          new MemberParticipation(LAIA, Tier.PARTICIPANT, 1, ParticipationClass.INTERMITTENT),
          new MemberParticipation(ORIOL, Tier.PARTICIPANT, 1, ParticipationClass.INTERMITTENT),
          new MemberParticipation(PERE, Tier.OBSERVER, 0, ParticipationClass.LURKER));
      assertThat(all.total()).isEqualTo(5);
    }

    @Test
    void pagesAcrossContributorsAndLurkers() {
      var reports = scene.platform.participationReports();
      Page<MemberParticipation> second = reports.participants(JORDI, ParticipantSearch.everyone(scene.community.id(), W,
          new PageRequest(1, 2)));
      Page<MemberParticipation> third = reports.participants(JORDI, ParticipantSearch.everyone(scene.community.id(), W,
          new PageRequest(2, 2)));

      assertThat(second.items()).extracting(MemberParticipation::member).containsExactly(LAIA, ORIOL);
      assertThat(third.items()).extracting(MemberParticipation::member).containsExactly(PERE);
      assertThat(third.hasNext()).isFalse();
    }

    @Test
    void everyPageSizeWalksTheSameMembersOnceContributorsThenLurkersWithOrWithoutTheLurkerFilter() {
      ParticipationScene crowded = new ParticipationScene(Visibility.OPEN, builder -> builder, 7);
      var reports = crowded.platform.participationReports();
      Page<MemberParticipation> all = reports.participants(JORDI,
          ParticipantSearch.everyone(crowded.community.id(), W, PageRequest.first(50)));
      assertThat(all.items()).hasSize(12);
      assertThat(all.items().subList(0, 4)).extracting(MemberParticipation::member)
          .containsExactly(JORDI, MARTA, LAIA, ORIOL);
      assertThat(all.items().subList(4, 12)).allSatisfy(p -> {
        assertThat(p.contributions()).isZero();
        assertThat(p.participationClass()).isEqualTo(ParticipationClass.LURKER);
      });
      assertThat(all.items().subList(4, 12)).extracting(MemberParticipation::member).doesNotHaveDuplicates()
          .contains(PERE, ParticipationScene.lurker(1), ParticipationScene.lurker(7));
      Page<MemberParticipation> lurkers = reports.participants(JORDI, new ParticipantSearch(crowded.community.id(), W,
          Optional.of(ParticipationClass.LURKER), PageRequest.first(50)));
      assertThat(lurkers.items()).isEqualTo(all.items().subList(4, 12));

      for (int size = 1; size <= 13; size++) {
        assertThat(walk(reports, crowded, Optional.empty(), size)).as("page size %d", size).isEqualTo(all.items());
        assertThat(walk(reports, crowded, Optional.of(ParticipationClass.LURKER), size)).as("lurkers, page size %d", size)
            .isEqualTo(lurkers.items());
      }
    }

    private java.util.List<MemberParticipation> walk(org.copkit.api.analytics.ParticipationReports reports,
        ParticipationScene crowded, Optional<ParticipationClass> only, int size) {
      java.util.List<MemberParticipation> walked = new java.util.ArrayList<>();
      long total = only.isEmpty() ? 12 : 8;
      for (int number = 0; ; number++) {
        Page<MemberParticipation> page = reports.participants(JORDI, new ParticipantSearch(crowded.community.id(), W,
            only, new PageRequest(number, size)));
        assertThat(page.total()).isEqualTo(total);
        assertThat(page.items().size()).isEqualTo((int) Math.min(size, Math.max(0, total - (long) number * size)));
        walked.addAll(page.items());
        if (!page.hasNext()) {
          assertThat(reports.participants(JORDI, new ParticipantSearch(crowded.community.id(), W, only,
              new PageRequest(number + 1, size))).items()).as("past the end").isEmpty();
          return walked;
        }
      }
    }

    @Test
    void filtersByClass() {
      var reports = scene.platform.participationReports();

      Page<MemberParticipation> intermittent = reports.participants(JORDI, new ParticipantSearch(scene.community.id(), W,
          Optional.of(ParticipationClass.INTERMITTENT), PageRequest.first(10)));
      Page<MemberParticipation> lurkers = reports.participants(NURIA, new ParticipantSearch(scene.community.id(), W,
          Optional.of(ParticipationClass.LURKER), PageRequest.first(10)));

      assertThat(intermittent.items()).extracting(MemberParticipation::member).containsExactly(MARTA, LAIA, ORIOL);
      assertThat(intermittent.total()).isEqualTo(3);
      assertThat(lurkers.items()).extracting(MemberParticipation::member).containsExactly(PERE);
      assertThat(lurkers.total()).isEqualTo(1);
    }

    @Test
    void tellsAMemberTheirOwnClass() {
      assertThat(scene.platform.participationReports().own(ORIOL, scene.community.id(), W))
          .isEqualTo(new MemberParticipation(ORIOL, Tier.PARTICIPANT, 1, ParticipationClass.INTERMITTENT));
      assertThat(scene.platform.participationReports().own(PERE, scene.community.id(), W).participationClass())
          .isEqualTo(ParticipationClass.LURKER);
    }
  }

  @Nested
  class WholePlatform {

    @Test
    void countsEachPersonOnceAcrossCommunitiesInTheirClosestTier() {
      var other = scene.platform.lifecycle().create(MARTA, new CommunityDetails("Justícia juvenil", "Menors", "", Visibility.OPEN));
      scene.start(MARTA, "2026-04-20T10:00:00Z",
          StartThread.discussion(other.id(), "Hola", "Comencem"));
      Window wider = window("2026-04-06T00:00:00Z", "2026-04-21T00:00:00Z");

      PlatformReport platform = scene.platform.participationReports().platform(NURIA, wider);

      assertThat(platform.participation().members()).isEqualTo(5);
      assertThat(platform.participation().contributions()).isEqualTo(8);
      assertThat(platform.participation().contributors()).isEqualTo(4);
      assertThat(platform.tiers()).extracting(TierParticipation::members).containsExactly(2L, 2L, 1L);
      assertThat(platform.tiers().get(0).contributions()).as("jordi 3, marta 2 + 1").isEqualTo(6);
      assertThat(platform.participation().heavy()).as("jordi and marta, 3 each").isEqualTo(2);
    }
  }
}
