package org.copkit.tck.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.tck.community.CommunityFixtures.aMembership;
import static org.copkit.tck.discussion.DiscussionFixtures.aPost;
import static org.copkit.tck.discussion.DiscussionFixtures.aThread;
import static org.copkit.tck.shared.SharedFixtures.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.port.Contributions;
import org.copkit.api.analytics.port.MemberTally;
import org.copkit.api.analytics.port.QuestionTally;
import org.copkit.api.analytics.port.ReportCounts;
import org.copkit.api.analytics.port.ReportWindows;
import org.copkit.api.analytics.port.Scope;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.storage.CopStorage;
import org.copkit.tck.discussion.DiscussionFixtures.PostBuilder;
import org.copkit.tck.discussion.DiscussionFixtures.ThreadBuilder;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Contributions}: exact counts on one hand-made scene, with every rule of the
 * port's definitions at work: window bounds ({@code [from, to)}), members who join during or after a
 * window, posts that are hidden or held or written by non-members, replies to replies, the asker's
 * own replies, answers written after the window, other communities, and the whole platform.
 *
 * <p>The scene, with {@code W = [T0, T0 + 7 days)}, its previous window {@code P} and the next one
 * {@code N}:
 *
 * <pre>
 * community C: ana CORE, bea PARTICIPANT, dan OBSERVER (all joined T0 − 30d),
 *              cai PARTICIPANT (joined T0 + 3d), eva PARTICIPANT (joined T0 + 10d)
 * community D: ana PARTICIPANT (T0 − 40d: her first membership), fay CORE (T0 − 1d); olga belongs nowhere
 *
 * C  discussion by ana at T0 (opening exactly at W's start)
 *      bea reply +2h; ana reply to bea's +3h; bea reply +4h HIDDEN; olga reply +5h;
 *      cai reply +4d; eva reply +9d (before she joined) and +11d; ana reply −1h (in P);
 *      ana reply at +7d (in N, not W)
 * C  working-group (CORE) discussion by ana at +1d
 * C  question by bea at +1d: bea's own reply +1d1h; ana's answer +1d2h (accepted);
 *      cai reply +1d30m HIDDEN; olga's comment on the question +1d1h30m (before the first answer,
 *      and no answer); ana reply to ana's answer +1d3h
 * C  question by ana at +2d, never answered; question by bea at +2d, HELD
 * C  question by bea at +6d, answered by ana at +8d
 * C  announcement by ana at +5d
 * D  discussion by ana at +1d: fay reply +1d1h; bea reply +1d2h (bea is not a member of D)
 * </pre>
 *
 * <p>Every post of ana is stored as PRODUCTION, of bea as LEARNING, of cai as ANTENNA, of anyone
 * else as KNOW_HOW, whatever its type: the counts by component read the stored component.
 */
public abstract class ContributionsContract extends StorageContract {

  static final MemberId ANA = MemberId.of("ana");
  static final MemberId BEA = MemberId.of("bea");
  static final MemberId CAI = MemberId.of("cai");
  static final MemberId DAN = MemberId.of("dan");
  static final MemberId EVA = MemberId.of("eva");
  static final MemberId FAY = MemberId.of("fay");
  static final MemberId OLGA = MemberId.of("olga");

  /**
   * The component each author's posts are stored in, whatever their type (the others': KNOW_HOW):
   * so the counts by component show that the stored component is counted, not one derived from
   * the type.
   */
  static final Map<MemberId, CopComponent> COMPONENTS =
      Map.of(ANA, CopComponent.PRODUCTION, BEA, CopComponent.LEARNING, CAI, CopComponent.ANTENNA);

  static final Window W = Window.between(T0, at(Duration.ofDays(7)));
  static final Window P = W.previous();
  static final Window N = Window.between(W.to(), at(Duration.ofDays(14)));

  private final CommunityId c = CommunityId.random();
  private final CommunityId d = CommunityId.random();
  private Contributions contributions;
  private Post lateAnswer;

  /** For subclasses. */
  protected ContributionsContract() {}

  @BeforeEach
  final void buildTheScene() {
    contributions = eachCallInATransaction(Contributions.class, CopStorage::contributions);
    inTransaction(() -> {
      member(c, ANA, Tier.CORE, days(-30));
      member(c, BEA, Tier.PARTICIPANT, days(-30));
      member(c, DAN, Tier.OBSERVER, days(-30));
      member(c, CAI, Tier.PARTICIPANT, days(3));
      member(c, EVA, Tier.PARTICIPANT, days(10));
      member(d, ANA, Tier.PARTICIPANT, days(-40));
      member(d, FAY, Tier.CORE, days(-1));

      DiscussionThread discussion = open(aThread().in(c).by(ANA).createdAt(T0));
      Post beaReply = reply(discussion, BEA, hours(2), PostState.PUBLISHED);
      nested(discussion, beaReply, ANA, hours(3));
      reply(discussion, BEA, hours(4), PostState.HIDDEN);
      reply(discussion, OLGA, hours(5), PostState.PUBLISHED);
      reply(discussion, CAI, days(4), PostState.PUBLISHED);
      reply(discussion, EVA, days(9), PostState.PUBLISHED);
      reply(discussion, EVA, days(11), PostState.PUBLISHED);
      reply(discussion, ANA, hours(-1), PostState.PUBLISHED);
      reply(discussion, ANA, days(7), PostState.PUBLISHED);

      open(aThread().in(c).forAudience(Audience.CORE).by(ANA).createdAt(days(1)));

      PostId acceptedAnswer = PostId.random();
      DiscussionThread question =
          open(aThread().in(c).ofKind(ThreadKind.QUESTION).by(BEA).createdAt(days(1)).answeredBy(acceptedAnswer));
      reply(question, BEA, days(1).plus(Duration.ofHours(1)), PostState.PUBLISHED);
      Post answer = store(aPost().in(question).withId(acceptedAnswer).by(ANA).writtenAt(days(1).plus(Duration.ofHours(2))));
      reply(question, CAI, days(1).plus(Duration.ofMinutes(30)), PostState.HIDDEN);
      store(aPost().in(question).replyingTo(question.openingPost()).by(OLGA).writtenAt(days(1).plus(Duration.ofMinutes(90))));
      nested(question, answer, ANA, days(1).plus(Duration.ofHours(3)));

      open(aThread().in(c).ofKind(ThreadKind.QUESTION).by(ANA).createdAt(days(2)));
      open(aThread().in(c).ofKind(ThreadKind.QUESTION).by(BEA).createdAt(days(2)).inState(PostState.HELD));
      DiscussionThread lateQuestion = open(aThread().in(c).ofKind(ThreadKind.QUESTION).by(BEA).createdAt(days(6)));
      lateAnswer = reply(lateQuestion, ANA, days(8), PostState.PUBLISHED);

      open(aThread().in(c).ofKind(ThreadKind.ANNOUNCEMENT).by(ANA).createdAt(days(5)));

      DiscussionThread elsewhere = open(aThread().in(d).by(ANA).createdAt(days(1)));
      reply(elsewhere, FAY, days(1).plus(Duration.ofHours(1)), PostState.PUBLISHED);
      reply(elsewhere, BEA, days(1).plus(Duration.ofHours(2)), PostState.PUBLISHED);
    });
  }

  @Nested
  class Members {

    @Test
    void countsTheMembersOfEachTierWhoJoinedBeforeEachWindowEnds() {
      Map<Window, Map<Tier, Long>> members = contributions.members(Scope.of(c), Set.of(P, W, N));

      assertThat(members).as("members: one entry per window asked for").containsOnlyKeys(P, W, N);
      assertThat(members.get(P)).as("members: per tier, those who joined before P ends").isEqualTo(perTier(1, 1, 1));
      assertThat(members.get(W)).as("members: cai, who joined during W, is a member in W").isEqualTo(perTier(1, 2, 1));
      assertThat(members.get(N)).as("members: eva, who joined during N, is a member in N").isEqualTo(perTier(1, 3, 1));
    }

    @Test
    void countsEachPersonOnceInTheirClosestTierOnThePlatform() {
      Map<Window, Map<Tier, Long>> members = contributions.members(Scope.platform(), Set.of(P, W));

      assertThat(members.get(P)).as("ana CORE in C; fay joined D a day before T0").isEqualTo(perTier(2, 1, 1));
      assertThat(members.get(W)).as("members on the platform: each person once, in their closest tier").isEqualTo(perTier(2, 2, 1));
    }

    @Test
    void answersZeroForEveryTierOfACommunityWithoutMembers() {
      Window early = Window.between(days(-100), days(-90));

      assertThat(contributions.members(Scope.of(c), Set.of(early)).get(early)).as("members: every tier present, zeros included")
          .isEqualTo(perTier(0, 0, 0));
      assertThat(contributions.members(Scope.of(CommunityId.random()), Set.of(W)).get(W))
          .as("members of an unknown community: every tier, zero").isEqualTo(perTier(0, 0, 0));
    }
  }

  @Nested
  class Contributors {

    @Test
    void countsPublishedPostsOfMembersWrittenInTheWindow() {
      List<MemberTally> tallies = contributions.contributors(Scope.of(c), Set.of(W)).get(W);

      assertThat(tallies).as("contributors: published posts in [from, to) by members; not hidden, not by non-members")
          .containsExactlyInAnyOrder(
          new MemberTally(ANA, Tier.CORE, days(-30), 7),
          new MemberTally(BEA, Tier.PARTICIPANT, days(-30), 4),
          new MemberTally(CAI, Tier.PARTICIPANT, days(3), 1));
    }

    @Test
    void countsAPostInEveryWindowThatHoldsItAndAtTheirBoundsOnlyInTheLaterOne() {
      Window both = Window.between(P.from(), N.to());

      Map<Window, List<MemberTally>> tallies = contributions.contributors(Scope.of(c), Set.of(P, W, N, both));

      assertThat(tallies.get(P)).as("contributors: a post at a window's end counts in the next window only").containsExactly(new MemberTally(ANA, Tier.CORE, days(-30), 1));
      assertThat(tallies.get(N)).as("contributors in N: posts before joining count once the member joined before N ends")
          .containsExactlyInAnyOrder(
          new MemberTally(ANA, Tier.CORE, days(-30), 2),
          new MemberTally(EVA, Tier.PARTICIPANT, days(10), 2));
      assertThat(tallies.get(both)).as("contributors: a post counts in every window that holds it").containsExactlyInAnyOrder(
          new MemberTally(ANA, Tier.CORE, days(-30), 10),
          new MemberTally(BEA, Tier.PARTICIPANT, days(-30), 4),
          new MemberTally(CAI, Tier.PARTICIPANT, days(3), 1),
          new MemberTally(EVA, Tier.PARTICIPANT, days(10), 2));
    }

    @Test
    void leavesOutThePostsOfMembersWhoJoinedAtOrAfterTheWindowsEnd() {
      Window untilEvaJoins = Window.between(days(9), days(10));
      Window afterEvaJoined = Window.between(days(9), days(12));

      Map<Window, List<MemberTally>> tallies = contributions.contributors(Scope.of(c), Set.of(untilEvaJoins, afterEvaJoined));

      assertThat(tallies.get(untilEvaJoins)).as("contributors: no one who joined at or after the window's end").isEmpty();
      assertThat(tallies.get(afterEvaJoined)).as("contributors: eva joined before this window ends").containsExactly(new MemberTally(EVA, Tier.PARTICIPANT, days(10), 2));
    }

    @Test
    void answersAnEmptyTallyForAWindowWithoutContributions() {
      Window quiet = Window.between(days(20), days(30));

      assertThat(contributions.contributors(Scope.of(c), Set.of(quiet))).as("contributors: an empty list for an empty window")
          .containsEntry(quiet, List.of());
    }

    @Test
    void sumsAPersonsContributionsOverTheCommunitiesTheyBelongToOnThePlatform() {
      List<MemberTally> tallies = contributions.contributors(Scope.platform(), Set.of(W)).get(W);

      assertThat(tallies).as("on the platform a person joined with their earliest membership, in their closest tier")
          .containsExactlyInAnyOrder(
          new MemberTally(ANA, Tier.CORE, days(-40), 8),
          new MemberTally(BEA, Tier.PARTICIPANT, days(-30), 4),
          new MemberTally(CAI, Tier.PARTICIPANT, days(3), 1),
          new MemberTally(FAY, Tier.CORE, days(-1), 1));
    }

    @Test
    void followsAPostThatIsPublishedOrHiddenLater() {
      Post hidden = inTransaction(() -> store().posts().update(lateAnswer.withState(PostState.HIDDEN, "off topic")));

      assertThat(contributions.contributors(Scope.of(c), Set.of(N)).get(N)).as("contributors: a post hidden later no longer counts")
          .containsExactlyInAnyOrder(new MemberTally(ANA, Tier.CORE, days(-30), 1), new MemberTally(EVA, Tier.PARTICIPANT, days(10), 2));

      inTransaction(() -> store().posts().update(hidden.withState(PostState.PUBLISHED, "")));

      assertThat(contributions.contributors(Scope.of(c), Set.of(N)).get(N)).as("contributors: a post published again counts again")
          .contains(new MemberTally(ANA, Tier.CORE, days(-30), 2));
    }
  }

  @Nested
  class Histograms {

    @Test
    void countsTheMembersWhoMadeEachNumberOfContributions() {
      Window both = Window.between(P.from(), N.to());

      Map<Window, Map<Long, Long>> histograms = contributions.histograms(Scope.of(c), Set.of(P, W, N, both));

      assertThat(histograms.get(P)).as("histograms: ana 1").isEqualTo(Map.of(1L, 1L));
      assertThat(histograms.get(W)).as("ana 7, bea 4, cai 1").isEqualTo(Map.of(7L, 1L, 4L, 1L, 1L, 1L));
      assertThat(histograms.get(N)).as("ana 2, eva 2").isEqualTo(Map.of(2L, 2L));
      assertThat(histograms.get(both)).as("ana 10, bea 4, cai 1, eva 2").isEqualTo(Map.of(10L, 1L, 4L, 1L, 1L, 1L, 2L, 1L));
    }

    @Test
    void countsEachPersonOnceOnThePlatform() {
      assertThat(contributions.histograms(Scope.platform(), Set.of(W)).get(W))
          .as("ana 8, bea 4, cai 1, fay 1").isEqualTo(Map.of(8L, 1L, 4L, 1L, 1L, 2L));
    }

    @Test
    void answersAnEmptyHistogramForAWindowWithoutContributions() {
      Window quiet = Window.between(days(20), days(30));

      assertThat(contributions.histograms(Scope.of(c), Set.of(quiet))).as("histograms: an empty one for an empty window")
          .containsEntry(quiet, Map.of());
    }
  }

  @Nested
  class Components {

    @Test
    void countsContributionsByTheComponentStoredWithEach() {
      Map<CopComponent, Long> components = contributions.byComponent(Scope.of(c), Set.of(W)).get(W);

      assertThat(components).as("components: each contribution in the component stored with it, whatever its type"
              + " (ana's 7 PRODUCTION, bea's 4 LEARNING, cai's 1 ANTENNA; no KNOW_HOW in C)")
          .isEqualTo(Map.of(CopComponent.PRODUCTION, 7L, CopComponent.LEARNING, 4L, CopComponent.ANTENNA, 1L));
    }

    @Test
    void addsTheOtherCommunitiesOnThePlatform() {
      Map<CopComponent, Long> components = contributions.byComponent(Scope.platform(), Set.of(W)).get(W);

      assertThat(components).as("components on the platform: ana's discussion in D and fay's reply too, not bea's"
              + " (no member of D)")
          .isEqualTo(Map.of(CopComponent.PRODUCTION, 8L, CopComponent.LEARNING, 4L, CopComponent.ANTENNA, 1L,
              CopComponent.KNOW_HOW, 1L));
    }

    @Test
    void answersNoComponentForAWindowWithoutContributions() {
      Window quiet = Window.between(days(20), days(30));

      assertThat(contributions.byComponent(Scope.of(c), Set.of(quiet))).as("components: none for an empty window")
          .containsEntry(quiet, Map.of());
    }
  }

  @Nested
  class Questions {

    @Test
    void countsPublishedQuestionsTheirFirstAnswersByOthersAndAcceptedAnswers() {
      QuestionTally questions = contributions.questions(Scope.of(c), Set.of(W)).get(W);

      assertThat(questions.asked()).as("questions: published questions opened in the window, whoever asked").isEqualTo(3);
      assertThat(questions.accepted()).as("questions: accepted answers written before the window ends").isEqualTo(1);
      assertThat(questions.firstAnswerDelays())
          .as("answers are top-level replies by others: not the asker's own, not a comment (a reply to a post)")
          .containsExactly(Duration.ofHours(2));
    }

    @Test
    void countsAnAnswerOnlyWhenItWasWrittenBeforeTheWindowEnded() {
      Window longer = Window.between(T0, N.to());

      QuestionTally questions = contributions.questions(Scope.of(c), Set.of(longer)).get(longer);

      assertThat(questions.asked()).as("questions opened in the longer window").isEqualTo(3);
      assertThat(questions.firstAnswerDelays()).as("questions: an answer written after the question's window but before this one's end")
          .containsExactlyInAnyOrder(Duration.ofHours(2), Duration.ofDays(2));
    }

    @Test
    void countsAnAcceptedAnswerOnlyWhenItWasWrittenBeforeTheWindowEnded() {
      Window beforeTheAnswer = Window.between(T0, days(1).plus(Duration.ofHours(2)));

      QuestionTally questions = contributions.questions(Scope.of(c), Set.of(beforeTheAnswer)).get(beforeTheAnswer);

      assertThat(questions.asked()).as("questions opened before the answer").isEqualTo(1);
      assertThat(questions.accepted()).as("questions: an accepted answer written at the window's end does not count").isZero();
      assertThat(questions.firstAnswerDelays()).as("questions: no answer before the window ends").isEmpty();
    }

    @Test
    void answersNoQuestionForAWindowWithoutThem() {
      Window quiet = Window.between(days(20), days(30));

      assertThat(contributions.questions(Scope.of(c), Set.of(quiet)).get(quiet)).as("questions: NONE for an empty window")
          .isEqualTo(QuestionTally.NONE);
      assertThat(contributions.questions(Scope.of(d), Set.of(W)).get(W)).as("questions: NONE in a community without questions")
          .isEqualTo(QuestionTally.NONE);
    }

    @Test
    void countsTheQuestionsOfEveryCommunityOnThePlatform() {
      assertThat(contributions.questions(Scope.platform(), Set.of(W)).get(W).asked()).as("questions of every community on the platform")
          .isEqualTo(3);
    }
  }

  @Nested
  class Report {

    private final Window both = Window.between(P.from(), N.to());
    private final Set<Window> windows = Set.of(P, W, N, both, Window.between(days(1), days(3)),
        Window.between(days(3), days(5)), Window.between(days(9), days(10)), Window.between(days(9), days(12)),
        Window.between(days(1).plus(Duration.ofHours(1)), days(1).plus(Duration.ofHours(3))));

    @Test
    void answersForEveryCountWhatItsOwnMethodAnswers() {
      for (Scope scope : List.of(Scope.of(c), Scope.of(d), Scope.platform())) {
        ReportCounts counts = contributions.report(scope, new ReportWindows(windows, windows, windows, windows, windows));

        assertThat(counts.members()).as("report: the members of %s, as members() counts them", scope)
            .isEqualTo(contributions.members(scope, windows));
        Map<Window, List<MemberTally>> contributors = contributions.contributors(scope, windows);
        assertThat(counts.contributors()).as("report: a tally list for each window of %s", scope)
            .containsOnlyKeys(windows);
        windows.forEach(window -> assertThat(counts.contributors().get(window))
            .as("report: the tallies of %s in %s, as contributors() counts them", scope, window)
            .containsExactlyInAnyOrderElementsOf(contributors.get(window)));
        assertThat(counts.histograms()).as("report: the histograms of %s, as histograms() counts them", scope)
            .isEqualTo(contributions.histograms(scope, windows));
        assertThat(counts.components()).as("report: the components of %s, as byComponent() counts them", scope)
            .isEqualTo(contributions.byComponent(scope, windows));
        Map<Window, QuestionTally> questions = contributions.questions(scope, windows);
        windows.forEach(window -> {
          QuestionTally reported = counts.questions().get(window);
          assertThat(reported).as("report: the questions of %s in %s", scope, window).isNotNull();
          assertThat(List.of(reported.asked(), reported.accepted()))
              .as("report: questions asked and accepted in %s, as questions() counts them", window)
              .isEqualTo(List.of(questions.get(window).asked(), questions.get(window).accepted()));
          assertThat(reported.firstAnswerDelays())
              .as("report: first-answer delays in %s, as questions() counts them", window)
              .containsExactlyInAnyOrderElementsOf(questions.get(window).firstAnswerDelays());
        });
      }
    }

    @Test
    void followsAnAnswerHiddenOrPublishedLaterAndAnAnswerAcceptedLater() {
      Window longer = Window.between(T0, N.to());
      ReportWindows questionsOnly = new ReportWindows(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(longer));
      Post hidden = inTransaction(() -> store().posts().update(lateAnswer.withState(PostState.HIDDEN, "off topic")));

      assertThat(contributions.report(Scope.of(c), questionsOnly).questions().get(longer).firstAnswerDelays())
          .as("report: a first answer hidden later is no longer the question's first answer")
          .containsExactly(Duration.ofHours(2));

      inTransaction(() -> store().posts().update(hidden.withState(PostState.PUBLISHED, "")));
      DiscussionThread lateQuestion = inTransaction(() -> store().threads().find(lateAnswer.thread()).orElseThrow());
      inTransaction(() -> store().threads().update(lateQuestion.withAcceptedAnswer(lateAnswer.id())));

      QuestionTally questions = contributions.report(Scope.of(c), questionsOnly).questions().get(longer);
      assertThat(questions.firstAnswerDelays()).as("report: an answer published again is the first answer again")
          .containsExactlyInAnyOrder(Duration.ofHours(2), Duration.ofDays(2));
      assertThat(questions.accepted()).as("report: an answer accepted later counts as accepted").isEqualTo(2);
    }

    @Test
    void countsEachMeasureOverItsOwnWindowsOnly() {
      ReportCounts counts = contributions.report(Scope.of(c), new ReportWindows(Set.of(P, W), Set.of(W), Set.of(N),
          Set.of(both), Set.of()));

      assertThat(counts.members()).as("report: members for their windows only").containsOnlyKeys(P, W);
      assertThat(counts.contributors().get(W)).as("report: contributors for their windows only")
          .containsExactlyInAnyOrder(
              new MemberTally(ANA, Tier.CORE, days(-30), 7),
              new MemberTally(BEA, Tier.PARTICIPANT, days(-30), 4),
              new MemberTally(CAI, Tier.PARTICIPANT, days(3), 1));
      assertThat(counts.contributors()).as("report: contributors for their windows only").containsOnlyKeys(W);
      assertThat(counts.histograms()).as("report: histograms for their windows only: ana 2, eva 2 in N")
          .isEqualTo(Map.of(N, Map.of(2L, 2L)));
      assertThat(counts.components()).as("report: components for their windows only").containsOnlyKeys(both);
      assertThat(counts.components().get(both).values().stream().mapToLong(Long::longValue).sum())
          .as("report: every contribution of C from P to N has a component").isEqualTo(17);
      assertThat(counts.questions()).as("report: no question window asked for").isEmpty();
    }
  }

  @Nested
  class OneMember {

    @Test
    void countsTheContributionsOfOneMember() {
      assertThat(contributions.tally(c, ANA, W)).as("tally: one member's contributions in the window").contains(new MemberTally(ANA, Tier.CORE, days(-30), 7));
      assertThat(contributions.tally(c, DAN, W)).as("tally: a member without contributions counts 0").contains(new MemberTally(DAN, Tier.OBSERVER, days(-30), 0));
    }

    @Test
    void knowsNoTallyOfSomeoneWhoWasNotAMemberInTheWindow() {
      assertThat(contributions.tally(c, CAI, P)).as("tally: none before the member joined").isEmpty();
      assertThat(contributions.tally(c, EVA, W)).as("tally: none when the member joined after the window").isEmpty();
      assertThat(contributions.tally(c, OLGA, W)).as("tally: none for a non-member who posted").isEmpty();
      assertThat(contributions.tally(d, BEA, W)).as("tally: none in a community the person does not belong to").isEmpty();
    }
  }

  @Nested
  class Lurkers {

    @Test
    void listsTheMembersWithoutAContributionByMemberId() {
      assertThat(contributions.lurkers(c, W, PageRequest.first(10)).items()).as("lurkers: members without a contribution")
          .containsExactly(new MemberTally(DAN, Tier.OBSERVER, days(-30), 0));
    }

    @Test
    void pagesThroughThem() {
      Page<MemberTally> first = contributions.lurkers(c, N, PageRequest.first(2));
      Page<MemberTally> second = contributions.lurkers(c, N, PageRequest.first(2).next());

      assertThat(first.items()).extracting(MemberTally::member).as("lurkers: paged by member ID").containsExactly(BEA, CAI);
      assertThat(second.items()).extracting(MemberTally::member).as("lurkers: the second page").containsExactly(DAN);
      assertThat(first.total()).as("lurkers: the total of every page").isEqualTo(3);
      assertThat(second.total()).as("lurkers: the same total on the second page").isEqualTo(3);
    }
  }

  private static Map<Tier, Long> perTier(long core, long participants, long observers) {
    Map<Tier, Long> counts = new EnumMap<>(Tier.class);
    counts.put(Tier.CORE, core);
    counts.put(Tier.PARTICIPANT, participants);
    counts.put(Tier.OBSERVER, observers);
    return counts;
  }

  private void member(CommunityId community, MemberId member, Tier tier, Instant joinedAt) {
    store().memberships().add(aMembership().in(community).of(member).withTier(tier).joinedAt(joinedAt).build());
  }

  /** Stores a thread and its opening post, in the thread's state. */
  private DiscussionThread open(ThreadBuilder builder) {
    DiscussionThread thread = builder.build();
    store().threads().add(thread);
    store(aPost().opening(thread).inState(thread.state()));
    return thread;
  }

  private Post reply(DiscussionThread thread, MemberId author, Instant at, PostState state) {
    return store(aPost().in(thread).by(author).writtenAt(at).inState(state));
  }

  private Post nested(DiscussionThread thread, Post parent, MemberId author, Instant at) {
    return store(aPost().in(thread).replyingTo(parent.id()).by(author).writtenAt(at));
  }

  /** Stores the post in its author's component (see {@link #COMPONENTS}). */
  private Post store(PostBuilder builder) {
    Post post = builder.classifiedAs(COMPONENTS.getOrDefault(builder.build().author(), CopComponent.KNOW_HOW)).build();
    store().posts().add(post);
    return post;
  }

  private static Instant at(Duration afterT0) {
    return T0.plus(afterT0);
  }

  private static Instant days(long days) {
    return at(Duration.ofDays(days));
  }

  private static Instant hours(long hours) {
    return at(Duration.ofHours(hours));
  }
}
