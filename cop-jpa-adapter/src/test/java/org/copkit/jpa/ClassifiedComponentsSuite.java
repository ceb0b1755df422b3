package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.analytics.spi.ClassifiedItem;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
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
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A vendor's classifier that reads tags ("threads tagged protocol are production") on the JPA
 * storage, through the public API: the component decided when each post is written is stored with
 * it, and the feed (items and explanations) and the component balance of the report show it, on
 * the node that wrote and on a platform built again on the same database. A subclass per database
 * names its {@link MigratedStorage}; the same scene runs in memory in {@code ClassifiedComponentsTest}.
 */
abstract class ClassifiedComponentsSuite {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ZoneOffset.UTC);
  private static final Window WEEK = Window.between(CLOCK.instant().minus(Duration.ofDays(3)),
      CLOCK.instant().plus(Duration.ofDays(4)));

  private final MemberId ana = MemberId.of("ana");
  private final MemberId pau = MemberId.of("pau");
  private final InMemoryDirectory directory =
      InMemoryDirectory.of(Person.active(ana, "Ana Puig", "Justícia"), Person.active(pau, "Pau Vidal", "Justícia"));
  private final List<CopPlatform> platforms = new ArrayList<>();

  /** Threads tagged protocol are production; nothing to say of the rest. */
  static final class ProtocolIsProduction implements ActivityClassifier {
    @Override
    public String name() {
      return "protocol-production";
    }

    @Override
    public Optional<CopComponent> classify(ClassifiedItem item) {
      return item.isTagged("protocol") ? Optional.of(CopComponent.PRODUCTION) : Optional.empty();
    }
  }

  /** @return the storage on this class's database */
  abstract MigratedStorage database();

  @AfterEach
  void closePlatforms() {
    platforms.forEach(CopPlatform::close);
  }

  private CopPlatform platform(JpaStorage storage) {
    CopPlatform platform = CopPlatform.builder().storage(storage).directory(directory).clock(CLOCK)
        .discoverActivityClassifiers(false).activityClassifier(new ProtocolIsProduction())
        .activityClassifierBudget(Duration.ofSeconds(5)).feedCatchUpInterval(Duration.ofSeconds(60)).build();
    platforms.add(platform);
    return platform;
  }

  @Test
  void aTaggedThreadAndItsRepliesAreProductionInTheFeedItsExplanationAndTheReportBeforeAndAfterARestart() {
    CopPlatform node = platform(database().emptyStorage());
    Community community = node.lifecycle().create(ana,
        new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));
    node.joining().join(pau, community.id(), "");
    DiscussionThread protocol = start(node, new StartThread(community.id(), ThreadKind.DISCUSSION, Audience.COMMUNITY,
        "Protocol de mediació", "El protocol revisat", Set.of("Protocol", "mediació")));
    DiscussionThread question = start(node, StartThread.question(community.id(), "Terminis?", "Quants dies?", Set.of()));
    reply(node, protocol, "Hi afegiria un annex.");
    reply(node, question, "Trenta dies hàbils.");

    for (CopPlatform serving : List.of(node, platform(database().newNode()))) {
      assertThat(components(serving)).as("the feed's items")
          .containsEntry(idOf(protocol), CopComponent.PRODUCTION).containsEntry(idOf(question), CopComponent.LEARNING);
      assertThat(serving.feed().explain(pau, idOf(protocol)).component()).as("why pau sees the protocol")
          .isEqualTo(CopComponent.PRODUCTION);
      assertThat(serving.participationReports().community(ana, community.id(), WEEK).components().contributions())
          .as("the protocol and its reply production; the question learning, the reply to it know-how")
          .isEqualTo(Map.of(CopComponent.PRODUCTION, 2L, CopComponent.LEARNING, 1L, CopComponent.KNOW_HOW, 1L,
              CopComponent.ANTENNA, 0L));
    }
  }

  private DiscussionThread start(CopPlatform on, StartThread command) {
    PostOutcome outcome = on.discussions().start(ana, command);
    assertThat(outcome).isInstanceOf(PostOutcome.Published.class);
    return ((PostOutcome.Published) outcome).thread();
  }

  private void reply(CopPlatform on, DiscussionThread thread, String body) {
    // the community's e-moderator replies: a newcomer's first posts wait for review by default
    assertThat(on.discussions().reply(ana, new Reply(thread.id(), Optional.empty(), body)))
        .isInstanceOf(PostOutcome.Published.class);
  }

  private Map<ActivityId, CopComponent> components(CopPlatform on) {
    return on.feed().feed(pau, FeedQuery.first(50)).items().stream()
        .collect(Collectors.toMap(FeedItem::activity, FeedItem::component));
  }

  private static ActivityId idOf(DiscussionThread thread) {
    return new ActivityId(thread.id().value());
  }
}
