package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.RemoveMember;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedPage;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.Interaction;
import org.copkit.api.feed.Publication;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.tck.shared.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The feed as a cache of the database: platforms on two nodes (two entity manager factories on
 * one database) and a platform built again after a restart serve the same feeds, through the
 * public API only. Catch-up is made deterministic with {@link CopPlatform#catchUp()}, or awaited
 * from the poller with a timeout. A subclass per database names its {@link MigratedStorage}.
 */
abstract class MultiNodeFeedSuite {

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  /** One instant for every node, so that pages served on two nodes can be compared score for score. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ZoneOffset.UTC);

  private final MemberId founder = MemberId.of("founder");
  private final MemberId laia = MemberId.of("laia");
  private final List<MemberId> flaggers = List.of(MemberId.of("flagger-1"), MemberId.of("flagger-2"), MemberId.of("flagger-3"));
  private final InMemoryDirectory directory = InMemoryDirectory.of(
      Person.active(founder, "Founder", "Unit"), Person.active(laia, "Laia", "Unit"),
      Person.active(flaggers.get(0), "Flagger 1", "Unit"), Person.active(flaggers.get(1), "Flagger 2", "Unit"),
      Person.active(flaggers.get(2), "Flagger 3", "Unit"));
  private final List<CopPlatform> platforms = new ArrayList<>();

  /** @return the storage on this class's database */
  abstract MigratedStorage database();

  @AfterEach
  void closePlatforms() {
    platforms.forEach(CopPlatform::close);
  }

  /** Node A: the suite's own entity manager factory, on an emptied database. */
  private CopPlatform nodeA() {
    return platform(database().emptyStorage(), Duration.ofSeconds(60));
  }

  /** Another node (or the application after a restart): a new entity manager factory. */
  private CopPlatform nodeB(Duration catchUpInterval) {
    return platform(database().newNode(), catchUpInterval);
  }

  private CopPlatform platform(JpaStorage storage, Duration catchUpInterval) {
    CopPlatform platform = CopPlatform.builder().storage(storage).directory(directory)
        .clock(CLOCK).feedCatchUpInterval(catchUpInterval).build();
    platforms.add(platform);
    return platform;
  }

  private Community openCommunity(CopPlatform on, MemberId... members) {
    Community community = on.lifecycle().create(founder,
        new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));
    for (MemberId member : members) {
      on.joining().join(member, community.id(), "");
    }
    return community;
  }

  private PostOutcome.Published startThread(CopPlatform on, Community community) {
    return (PostOutcome.Published) on.discussions()
        .start(founder, StartThread.discussion(community.id(), "Casos de mediació", "Com prepareu la primera trobada?"));
  }

  private static List<UUID> feedOf(CopPlatform on, MemberId member) {
    return on.feed().feed(member, FeedQuery.first(FeedQuery.MAX_SIZE)).items().stream()
        .map(item -> item.activity().value()).toList();
  }

  private static UUID idOf(PostOutcome.Published thread) {
    return thread.thread().id().value();
  }

  @Test
  void aRetentionSweepOnOneNodeLeavesEveryNodeRankingAsANodeStartedAfterwards() {
    java.util.function.Function<JpaStorage, CopPlatform> node = storage -> {
      CopPlatform platform = CopPlatform.builder().storage(storage).directory(directory).clock(CLOCK)
          .feedCatchUpInterval(Duration.ofSeconds(60)).retention("feed-interaction", Duration.ofDays(30)).build();
      platforms.add(platform);
      return platform;
    };
    CopPlatform a = node.apply(database().emptyStorage());
    CopPlatform b = node.apply(database().newNode());
    Community community = openCommunity(a, laia);
    List<ActivityId> published = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Activity activity = new Activity(ActivityId.random(), community.id(), founder, ActivityKind.DISCUSSION,
          CLOCK.instant().minusSeconds(60L * (i + 1)), 0, 0, Set.of(i % 2 == 0 ? "mediació" : "presons"),
          CopComponent.KNOW_HOW, Audience.COMMUNITY);
      a.activities().publish(founder, activity);
      published.add(activity.id());
    }
    a.catchUp();
    a.activities().record(laia, new Interaction(published.get(0), Interaction.Kind.SEEN));
    a.activities().record(laia, new Interaction(published.get(1), Interaction.Kind.SEEN));
    for (int i = 1; i < 6; i += 2) {
      a.activities().record(laia, new Interaction(published.get(i), Interaction.Kind.REACTED));
    }
    assertThat(a.privacy().sweep(CLOCK.instant()).removed()).containsEntry("feed-interaction", 0L);
    a.activities().record(laia, new Interaction(published.get(4), Interaction.Kind.REACTED));
    b.catchUp();

    assertThat(b.privacy().sweep(CLOCK.instant().plus(Duration.ofDays(31))).removed())
        .as("what she did before the first sweep's mark").containsEntry("feed-interaction", 5L);

    a.catchUp();
    b.catchUp();
    CopPlatform later = node.apply(database().newNode());
    for (MemberId member : List.of(laia, founder)) {
      assertThat(feedOf(a, member)).as("node A for %s", member).isEqualTo(feedOf(later, member));
      assertThat(feedOf(b, member)).as("node B for %s", member).isEqualTo(feedOf(later, member));
    }
    java.io.ByteArrayOutputStream export = new java.io.ByteArrayOutputStream();
    a.privacy().export(laia, laia, export);
    assertThat(export.toString(java.nio.charset.StandardCharsets.UTF_8).split("\"engaged\"", -1))
        .as("one interaction still names her").hasSize(2);
  }

  @Test
  void aPlatformBuiltAgainOnTheSameDatabaseServesTheFeedItHad() {
    CopPlatform before = nodeA();
    Community community = openCommunity(before, laia);
    PostOutcome.Published thread = startThread(before, community);
    before.activities().record(laia, new Interaction(new ActivityId(idOf(thread)), Interaction.Kind.REACTED));
    FeedPage served = before.feed().feed(laia, FeedQuery.first(10));
    before.close();

    CopPlatform restarted = nodeB(Duration.ofSeconds(60));

    FeedPage afterRestart = restarted.feed().feed(laia, FeedQuery.first(10));
    assertThat(afterRestart.items()).extracting(FeedItem::activity).containsExactly(new ActivityId(idOf(thread)));
    assertThat(afterRestart.items()).isEqualTo(served.items());
    assertThat(afterRestart.stale()).isFalse();
    assertThat(restarted.feed().explain(laia, new ActivityId(idOf(thread))).activity())
        .isEqualTo(new ActivityId(idOf(thread)));
  }

  @Test
  void aThreadStartedOnOneNodeIsInTheFeedsOfTheOtherAfterCatchingUp() {
    CopPlatform a = nodeA();
    CopPlatform b = nodeB(Duration.ofSeconds(60));
    Community community = openCommunity(a, laia);

    PostOutcome.Published thread = startThread(a, community);

    assertThat(feedOf(a, laia)).as("the node that wrote reads its own write").containsExactly(idOf(thread));
    b.catchUp();
    assertThat(feedOf(b, laia)).containsExactly(idOf(thread));
    assertThat(b.feed().explain(laia, new ActivityId(idOf(thread))).activity()).isEqualTo(new ActivityId(idOf(thread)));
  }

  @Test
  void anOutputPublishedOnOneNodeIsInTheFeedsOfTheOtherAfterCatchingUp() {
    CopPlatform a = nodeA();
    CopPlatform b = nodeB(Duration.ofSeconds(60));
    Community community = openCommunity(a, laia, flaggers.get(0));
    a.memberAdministration().changeTier(founder, new org.copkit.api.community.ChangeTier(community.id(),
        flaggers.get(0), org.copkit.api.community.Tier.CORE, "reviewer"));
    a.production().configure(founder, new org.copkit.api.knowledge.Production.ConfigureReview(community.id(), 1));
    var draft = a.production().startDraft(founder, new org.copkit.api.knowledge.Production.StartDraft(community.id(),
        new org.copkit.api.knowledge.KnowledgeContent("Guia", "Cos", "", java.util.Set.of(), java.util.Set.of()), ""));
    var id = draft.item().id();
    a.production().requestReview(founder,
        new org.copkit.api.knowledge.Production.RequestReview(id, 0, java.util.Set.of(flaggers.get(0))));
    var approved = b.production().review(flaggers.get(0), new org.copkit.api.knowledge.Production.ReviewOutput(id, 1,
        org.copkit.api.knowledge.Review.Verdict.APPROVE, ""));
    b.catchUp();
    assertThat(feedOf(b, flaggers.get(0))).as("the working group sees the draft start").hasSize(1);
    assertThat(feedOf(b, laia)).as("a participant does not see the working group's draft").isEmpty();

    a.production().publish(founder, new org.copkit.api.knowledge.Production.Publish(id, approved.version(), ""));

    assertThat(feedOf(a, laia)).containsExactly(id.value());
    b.catchUp();
    assertThat(feedOf(b, laia)).containsExactly(id.value());
    assertThat(b.productionQueries().output(laia, id).item().audience())
        .isEqualTo(org.copkit.api.community.Audience.COMMUNITY);
  }

  @Test
  void theOtherNodeFindsTheThreadByItselfWithinItsCatchUpInterval() {
    CopPlatform a = nodeA();
    CopPlatform b = nodeB(Duration.ofMillis(50));
    Community community = openCommunity(a, laia);

    PostOutcome.Published thread = startThread(a, community);

    await("node B's poller to bring the thread", () -> feedOf(b, laia).contains(idOf(thread)));
    assertThat(feedOf(b, laia)).containsExactly(idOf(thread));
  }

  @Test
  void aThreadHiddenAndApprovedOnOneNodeLeavesAndReturnsToTheFeedsOfTheOther() {
    CopPlatform a = nodeA();
    CopPlatform b = nodeB(Duration.ofSeconds(60));
    List<MemberId> members = new ArrayList<>(flaggers);
    members.add(laia);
    Community community = openCommunity(a, members.toArray(MemberId[]::new));
    PostOutcome.Published thread = startThread(a, community);
    b.catchUp();

    flaggers.forEach(flagger -> b.moderation().flag(flagger, new RaiseFlag(community.id(),
        new ModerationSubject.OfPost(thread.thread().openingPost()), FlagReason.INAPPROPRIATE, "")));
    assertThat(feedOf(b, laia)).as("hidden by flags on B, gone from B at once").isEmpty();
    a.catchUp();
    assertThat(feedOf(a, laia)).as("and from A once it has caught up").isEmpty();

    ReviewItem item = b.moderationQueries().queue(founder, community.id(), PageRequest.first(10)).items().get(0);
    b.moderation().decide(founder, new Decide(item.id(), item.version(), new Decision.Approve()));
    a.catchUp();
    assertThat(feedOf(a, laia)).as("approved on B, back in A's feeds").containsExactly(idOf(thread));
  }

  @Test
  void aMemberRemovedOnOneNodeSeesNothingOfTheCommunityOnTheOther() {
    CopPlatform a = nodeA();
    CopPlatform b = nodeB(Duration.ofSeconds(60));
    Community community = openCommunity(a, laia);
    PostOutcome.Published thread = startThread(a, community);
    b.catchUp();
    assertThat(feedOf(b, laia)).containsExactly(idOf(thread));

    a.memberAdministration().remove(founder, new RemoveMember(community.id(), laia, "left the unit"));

    assertThat(feedOf(b, laia)).as("visibility is read from the database on every call").isEmpty();
    assertThatThrownBy(() -> b.feed().explain(laia, new ActivityId(idOf(thread)))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> b.activities().record(laia, new Interaction(new ActivityId(idOf(thread)), Interaction.Kind.SEEN)))
        .isInstanceOf(NotFoundException.class);
  }

  /**
   * Two threads on each node publish activities and react to them at once, and both nodes
   * publish one shared ID at the same moment: afterwards both nodes hold every activity, once, and
   * serve the same page; the shared ID was published by exactly one of them.
   */
  @Test
  void concurrentWritersOnBothNodesLoseNothing() throws Exception {
    CopPlatform a = nodeA();
    CopPlatform b = nodeB(Duration.ofSeconds(60));
    Community community = openCommunity(a, laia);
    List<CopPlatform> nodes = List.of(a, b, a, b);
    int each = 10;
    List<ActivityId> published = Collections.synchronizedList(new ArrayList<>());
    ActivityId shared = ActivityId.random();
    AtomicInteger sharedPublished = new AtomicInteger();
    Instant at = Instant.parse("2026-11-02T09:00:00Z");

    Race.run(nodes.size(), thread -> {
      CopPlatform node = nodes.get(thread);
      Publication sharedOutcome = node.activities().publish(founder, activity(shared, community, at));
      if (sharedOutcome instanceof Publication.Published) {
        sharedPublished.incrementAndGet();
      }
      for (int i = 0; i < each; i++) {
        ActivityId id = ActivityId.random();
        node.activities().publish(founder, activity(id, community, at.plusSeconds(thread * 100L + i)));
        node.activities().record(laia, new Interaction(id, Interaction.Kind.REACTED));
        published.add(id);
      }
    });
    a.catchUp();
    b.catchUp();

    assertThat(sharedPublished).as("one node published the shared ID; the others were told it was").hasValue(1);
    List<UUID> expected = new ArrayList<>(published.stream().map(ActivityId::value).toList());
    expected.add(shared.value());
    assertThat(feedOf(a, laia)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(b.feed().feed(laia, FeedQuery.first(FeedQuery.MAX_SIZE)).items())
        .as("both nodes derive the same index from the same log")
        .isEqualTo(a.feed().feed(laia, FeedQuery.first(FeedQuery.MAX_SIZE)).items());
  }

  private Activity activity(ActivityId id, Community community, Instant at) {
    return new Activity(id, community.id(), founder, ActivityKind.DISCUSSION, at, 0, 0, Set.of("mediació"),
        CopComponent.KNOW_HOW, Audience.COMMUNITY);
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + PATIENCE + " for " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
