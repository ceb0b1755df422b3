package org.copkit.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.ComponentBalance;
import org.copkit.api.analytics.PostRole;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Invite;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.TestClock;
import org.copkit.core.memory.InMemoryDirectory;
import org.junit.jupiter.api.Test;

/**
 * A thread's CoP component has one definition, the platform's chain of activity classifiers: the
 * feed's activities and the participation reports' balance agree, and a vendor's classifier
 * reaches both.
 */
class ComponentVocabularyTest {

  private static final MemberId JORDI = MemberId.of("jordi");
  private static final MemberId LAIA = MemberId.of("laia");

  /** A vendor's view: in this organisation, questions and their answers watch the outside world. */
  private static final class QuestionsAreAntenna implements ActivityClassifier {
    @Override
    public String name() {
      return "questions-are-antenna";
    }

    @Override
    public Optional<CopComponent> classify(ActivityType type) {
      return type.threadKind() == ThreadKind.QUESTION && type.role() != PostRole.NESTED_REPLY
          ? Optional.of(CopComponent.ANTENNA) : Optional.empty();
    }
  }

  private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");

  @Test
  void withoutAVendorTheFeedAndTheReportsGiveTheBuiltInComponents() {
    Scene scene = new Scene(builder -> builder);

    assertThat(scene.feedComponents()).isEqualTo(Map.of(
        scene.question.id().value(), CopComponent.LEARNING,
        scene.answer.id().value(), CopComponent.KNOW_HOW,
        scene.workInProgress.id().value(), CopComponent.PRODUCTION,
        scene.news.id().value(), CopComponent.ANTENNA));
    assertThat(scene.balance().contributions()).isEqualTo(Map.of(
        CopComponent.LEARNING, 1L, CopComponent.KNOW_HOW, 1L, CopComponent.PRODUCTION, 1L, CopComponent.ANTENNA, 1L));
  }

  @Test
  void aRegisteredClassifierChangesTheFeedsActivitiesAndTheReportsAlike() {
    Scene scene = new Scene(builder -> builder.activityClassifier(new QuestionsAreAntenna()));

    assertThat(scene.feedComponents()).isEqualTo(Map.of(
        scene.question.id().value(), CopComponent.ANTENNA,
        scene.answer.id().value(), CopComponent.ANTENNA,
        scene.workInProgress.id().value(), CopComponent.PRODUCTION,
        scene.news.id().value(), CopComponent.ANTENNA));
    assertThat(scene.balance().contributions()).isEqualTo(Map.of(
        CopComponent.LEARNING, 0L, CopComponent.KNOW_HOW, 0L, CopComponent.PRODUCTION, 1L, CopComponent.ANTENNA, 3L));
  }

  /** A question answered and accepted, a working-group discussion and an announcement. */
  private final class Scene {
    final CopPlatform platform;
    final Community community;
    final DiscussionThread question;
    final Post answer;
    final DiscussionThread workInProgress;
    final DiscussionThread news;
    final java.time.Instant start = clock.instant();

    Scene(UnaryOperator<CopPlatform.Builder> configure) {
      platform = configure.apply(CopPlatform.builder()
              .directory(InMemoryDirectory.of(
                  Person.active(JORDI, "Jordi Casals", "Mediació"), Person.active(LAIA, "Laia Pons", "Víctimes")))
              .clock(clock)
              .moderationDefaults(new ModerationPolicy(0, 3.0, Duration.ofHours(24), 100, 100, 20, 100))
              .discoverActivityClassifiers(false))
          .build();
      community = platform.lifecycle().create(JORDI,
          new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));
      platform.joining().accept(LAIA,
          platform.joining().invite(JORDI, new Invite(community.id(), LAIA, Tier.CORE, "")).id());
      question = opened(platform.discussions().start(LAIA,
          StartThread.question(community.id(), "Qui coneix el protocol?", "Dubte", Set.of("protocol"))));
      answer = ((PostOutcome.Published) platform.discussions().reply(JORDI, Reply.to(question.id(), "Jo mateix"))).post();
      platform.discussions().acceptAnswer(LAIA, question.id(), answer.id());
      workInProgress = opened(platform.discussions().start(LAIA, new StartThread(community.id(), ThreadKind.DISCUSSION,
          Audience.CORE, "Esborrany de guia", "Primera versió", Set.of())));
      news = opened(platform.discussions().start(JORDI, new StartThread(community.id(), ThreadKind.ANNOUNCEMENT,
          Audience.COMMUNITY, "Nova llei", "Entra en vigor", Set.of())));
      clock.advance(Duration.ofMinutes(5));
    }

    private DiscussionThread opened(PostOutcome outcome) {
      assertThat(outcome).isInstanceOf(PostOutcome.Published.class);
      return ((PostOutcome.Published) outcome).thread();
    }

    Map<java.util.UUID, CopComponent> feedComponents() {
      return platform.feed().feed(LAIA, FeedQuery.first(20)).items().stream()
          .collect(java.util.stream.Collectors.toMap(item -> item.activity().value(), FeedItem::component));
    }

    ComponentBalance balance() {
      return platform.participationReports()
          .community(JORDI, community.id(), Window.between(start, clock.instant())).components();
    }
  }
}
