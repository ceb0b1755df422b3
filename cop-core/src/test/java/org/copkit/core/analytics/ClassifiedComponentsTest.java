package org.copkit.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.analytics.spi.ClassifiedItem;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Invite;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.shared.AddOnStats;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.TestClock;
import org.copkit.core.memory.InMemoryDirectory;
import org.junit.jupiter.api.Test;

/**
 * A classifier that reads an item's tags ("threads tagged protocol are production") decides the
 * component of each post once, when it is written; the feed (its items and explanations) and the
 * component balance of the reports show the same stored component. A classifier that fails or is
 * late leaves the built-in component, counted for the host. The same scene runs on JPA in {@code
 * ClassifiedComponentsSuite}.
 */
class ClassifiedComponentsTest {

  private static final MemberId ANA = MemberId.of("ana");
  private static final MemberId PAU = MemberId.of("pau");
  private static final String START = "2026-05-04T09:00:00Z";

  /** Threads tagged protocol are production, whatever their kind; nothing to say of the rest. */
  static final class ProtocolIsProduction implements ActivityClassifier {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String name() {
      return "protocol-production";
    }

    @Override
    public Optional<CopComponent> classify(ClassifiedItem item) {
      calls.incrementAndGet();
      return item.isTagged("protocol") ? Optional.of(CopComponent.PRODUCTION) : Optional.empty();
    }
  }

  private final TestClock clock = TestClock.at(START);
  private final Window window = Window.between(clock.instant(), clock.instant().plus(Duration.ofDays(7)));
  private CopPlatform platform;
  private Community community;

  @Test
  void aTaggedThreadAndItsRepliesAreProductionInTheFeedItsExplanationAndTheReport() {
    ProtocolIsProduction classifier = new ProtocolIsProduction();
    build(builder -> builder.activityClassifier(classifier));

    DiscussionThread protocol = start(new StartThread(community.id(), ThreadKind.DISCUSSION, Audience.COMMUNITY,
        "Protocol de mediació", "El protocol revisat", Set.of("Protocol", "mediació")));
    DiscussionThread coffee = start(StartThread.discussion(community.id(), "Cafè", "Dijous fem cafè"));
    reply(PAU, protocol, "Hi afegiria un annex.");
    reply(PAU, coffee, "Hi seré.");

    assertThat(components(PAU)).as("the feed's items").containsEntry(idOf(protocol), CopComponent.PRODUCTION)
        .containsEntry(idOf(coffee), CopComponent.KNOW_HOW);
    assertThat(platform.feed().explain(PAU, idOf(protocol)).component()).as("why pau sees the protocol")
        .isEqualTo(CopComponent.PRODUCTION);
    assertThat(platform.feed().explain(PAU, idOf(coffee)).component()).as("the built-in component of a discussion")
        .isEqualTo(CopComponent.KNOW_HOW);
    assertThat(balance()).as("the protocol and its reply are production; the coffee thread and its reply know-how")
        .isEqualTo(Map.of(CopComponent.PRODUCTION, 2L, CopComponent.KNOW_HOW, 2L, CopComponent.ANTENNA, 0L,
            CopComponent.LEARNING, 0L));
    assertThat(classifier.calls).as("asked once per post written; the feed and the report ask nothing").hasValue(4);
  }

  @Test
  void aClassifierThatThrowsOrAnswersNullLeavesTheBuiltInComponentAndIsCounted() {
    ActivityClassifier failing = new ActivityClassifier() {
      @Override
      public String name() {
        return "taxonomy-service";
      }

      @Override
      public Optional<CopComponent> classify(ClassifiedItem item) {
        if (item.isTagged("protocol")) {
          throw new IllegalStateException("the vendor's taxonomy service is down");
        }
        return null;
      }
    };
    build(builder -> builder.activityClassifier(failing));

    DiscussionThread protocol = start(new StartThread(community.id(), ThreadKind.DISCUSSION, Audience.COMMUNITY,
        "Protocol de mediació", "El protocol revisat", Set.of("protocol")));
    DiscussionThread announcement = start(new StartThread(community.id(), ThreadKind.ANNOUNCEMENT, Audience.COMMUNITY,
        "Jornada", "El 30 d'abril", Set.of()));

    assertThat(platform.feed().explain(PAU, idOf(protocol)).component()).as("a throw: the built-in component")
        .isEqualTo(CopComponent.KNOW_HOW);
    assertThat(platform.feed().explain(PAU, idOf(announcement)).component()).as("null: the built-in component")
        .isEqualTo(CopComponent.ANTENNA);
    assertThat(balance()).containsEntry(CopComponent.KNOW_HOW, 1L).containsEntry(CopComponent.ANTENNA, 1L);
    assertThat(stats("taxonomy-service")).satisfies(stats -> {
      assertThat(stats.kind()).isEqualTo("activity-classifier");
      assertThat(stats.calls()).isEqualTo(2);
      assertThat(stats.failures()).as("a throw and a null").isEqualTo(2);
    });
  }

  @Test
  void aClassifierThatOutlastsItsBudgetLeavesTheBuiltInComponentAndIsCountedAsATimeout() throws Exception {
    CountDownLatch released = new CountDownLatch(1);
    ActivityClassifier stalled = new ActivityClassifier() {
      @Override
      public String name() {
        return "stalled-service";
      }

      @Override
      public Optional<CopComponent> classify(ClassifiedItem item) {
        try {
          released.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return Optional.of(CopComponent.PRODUCTION);
      }
    };
    try {
      build(builder -> builder.activityClassifier(stalled).activityClassifierBudget(Duration.ofMillis(20)));

      DiscussionThread protocol = start(new StartThread(community.id(), ThreadKind.DISCUSSION, Audience.COMMUNITY,
          "Protocol de mediació", "El protocol revisat", Set.of("protocol")));

      assertThat(platform.feed().explain(PAU, idOf(protocol)).component()).as("late: the built-in component")
          .isEqualTo(CopComponent.KNOW_HOW);
      assertThat(balance()).containsEntry(CopComponent.KNOW_HOW, 1L).containsEntry(CopComponent.PRODUCTION, 0L);
      assertThat(stats("stalled-service").timeouts()).isEqualTo(1);
    } finally {
      released.countDown();
    }
  }

  @Test
  void aClassifierWrittenForTypesAloneKeepsWorking() {
    ActivityClassifier byType = new ActivityClassifier() {
      @Override
      public String name() {
        return "announcements-are-learning";
      }

      @Override
      public Optional<CopComponent> classify(org.copkit.api.analytics.ActivityType type) {
        return type.threadKind() == ThreadKind.ANNOUNCEMENT ? Optional.of(CopComponent.LEARNING) : Optional.empty();
      }
    };
    build(builder -> builder.activityClassifier(byType));

    DiscussionThread announcement = start(new StartThread(community.id(), ThreadKind.ANNOUNCEMENT, Audience.COMMUNITY,
        "Jornada", "El 30 d'abril", Set.of()));

    assertThat(platform.feed().explain(PAU, idOf(announcement)).component()).isEqualTo(CopComponent.LEARNING);
    assertThat(balance()).containsEntry(CopComponent.LEARNING, 1L).containsEntry(CopComponent.ANTENNA, 0L);
  }

  private void build(UnaryOperator<CopPlatform.Builder> configure) {
    platform = configure.apply(CopPlatform.builder()
            .directory(InMemoryDirectory.of(Person.active(ANA, "Ana Puig", "Justícia"), Person.active(PAU, "Pau Vidal", "Justícia")))
            .clock(clock)
            .discoverActivityClassifiers(false)
            .discoverModerationRules(false))
        .build();
    community = platform.lifecycle().create(ANA,
        new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));
    platform.joining().accept(PAU, platform.joining().invite(ANA, new Invite(community.id(), PAU, Tier.CORE, "")).id());
  }

  private DiscussionThread start(StartThread command) {
    clock.advance(Duration.ofMinutes(10));
    PostOutcome outcome = platform.discussions().start(ANA, command);
    assertThat(outcome).isInstanceOf(PostOutcome.Published.class);
    return ((PostOutcome.Published) outcome).thread();
  }

  private void reply(MemberId author, DiscussionThread thread, String body) {
    clock.advance(Duration.ofMinutes(10));
    assertThat(platform.discussions().reply(author, new Reply(thread.id(), Optional.empty(), body)))
        .isInstanceOf(PostOutcome.Published.class);
  }

  private Map<ActivityId, CopComponent> components(MemberId reader) {
    return platform.feed().feed(reader, FeedQuery.first(50)).items().stream()
        .collect(java.util.stream.Collectors.toMap(FeedItem::activity, FeedItem::component));
  }

  private Map<CopComponent, Long> balance() {
    return platform.participationReports().community(ANA, community.id(), window).components().contributions();
  }

  private AddOnStats stats(String name) {
    return platform.addOnStats().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static ActivityId idOf(DiscussionThread thread) {
    return new ActivityId(thread.id().value());
  }
}
