package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.BuiltInSignal;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.Explanation;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.Interaction;
import org.copkit.api.feed.Interests;
import org.copkit.api.feed.Publication;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The feed as a cache of the storage's change log, on the in-memory storage: two platforms on one
 * storage behave as two nodes, and a platform built again on a storage serves what the first one
 * served (seen lists included, bounded by the seen limit).
 */
class FeedAcrossPlatformsTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ZoneOffset.UTC);
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final MemberId founder = MemberId.of("founder");
  private final MemberId laia = MemberId.of("laia");
  private final InMemoryDirectory directory =
      InMemoryDirectory.of(Person.active(founder, "Founder", "Unit"), Person.active(laia, "Laia", "Unit"));
  private final InMemoryStorage storage = InMemoryStorage.create();
  private final List<CopPlatform> platforms = new ArrayList<>();

  @AfterEach
  void close() {
    platforms.forEach(CopPlatform::close);
  }

  private CopPlatform platform(CopPlatform.Builder builder) {
    CopPlatform platform = builder.storage(storage).directory(directory).clock(CLOCK).build();
    platforms.add(platform);
    return platform;
  }

  private CopPlatform platform() {
    return platform(CopPlatform.builder().feedCatchUpInterval(Duration.ofSeconds(60)));
  }

  private Community community(CopPlatform on) {
    Community community = on.lifecycle().create(founder,
        new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));
    on.joining().join(laia, community.id(), "");
    return community;
  }

  private Activity activity(Community community, int minutes) {
    return new Activity(ActivityId.random(), community.id(), founder, ActivityKind.DISCUSSION,
        CLOCK.instant().minusSeconds(60L * minutes), 0, 0, Set.of("mediació"), CopComponent.KNOW_HOW, Audience.COMMUNITY);
  }

  private static List<ActivityId> feedOf(CopPlatform on, MemberId member) {
    return on.feed().feed(member, FeedQuery.first(50)).items().stream().map(FeedItem::activity).toList();
  }

  @Test
  void aThreadStartedOnOnePlatformReachesTheOtherWhenItCatchesUp() {
    CopPlatform a = platform();
    CopPlatform b = platform();
    Community community = community(a);

    PostOutcome.Published thread = (PostOutcome.Published) a.discussions()
        .start(founder, StartThread.discussion(community.id(), "Primera trobada", "Com la prepareu?"));
    ActivityId id = new ActivityId(thread.thread().id().value());

    assertThat(feedOf(a, laia)).containsExactly(id);
    assertThat(feedOf(b, laia)).as("B has not caught up yet").isEmpty();
    b.catchUp();
    assertThat(feedOf(b, laia)).containsExactly(id);
  }

  @Test
  void thePollerCatchesUpByItself() {
    CopPlatform a = platform();
    CopPlatform b = platform(CopPlatform.builder().feedCatchUpInterval(Duration.ofMillis(20)));
    Community community = community(a);
    Activity activity = activity(community, 1);

    a.activities().publish(founder, activity);

    await(() -> feedOf(b, laia).contains(activity.id()));
    assertThat(b.feed().feed(laia, FeedQuery.first(10)).stale()).isFalse();
  }

  @Test
  void aRetractionOnOnePlatformLeavesTheOthersFeedsAndAnIdIsPublishedOnceAcrossThem() {
    CopPlatform a = platform();
    CopPlatform b = platform();
    Community community = community(a);
    Activity activity = activity(community, 1);
    a.activities().publish(founder, activity);

    assertThat(b.activities().publish(founder, activity))
        .as("B catches up before deciding, and the log holds the ID")
        .isEqualTo(new Publication.AlreadyPublished(activity.id()));
    b.activities().retract(founder, activity.id());
    a.catchUp();

    assertThat(feedOf(a, laia)).isEmpty();
    assertThat(feedOf(b, laia)).isEmpty();
  }

  @Test
  void aPlatformBuiltAgainServesTheSameFeedWithWhatWasSeenAndEngaged() {
    CopPlatform before = platform();
    Community community = community(before);
    List<Activity> activities = List.of(activity(community, 3), activity(community, 2), activity(community, 1));
    activities.forEach(activity -> before.activities().publish(founder, activity));
    before.activities().record(laia, new Interaction(activities.get(0).id(), Interaction.Kind.REACTED));
    before.activities().record(laia, new Interaction(activities.get(1).id(), Interaction.Kind.SEEN));
    before.activities().declareInterests(laia, new Interests(Set.of("mediació"), Set.of()));
    List<FeedItem> served = before.feed().feed(laia, FeedQuery.first(10)).items();
    before.close();

    CopPlatform after = platform();

    assertThat(after.feed().feed(laia, FeedQuery.first(10)).items()).isEqualTo(served);
    assertThat(seen(after, activities.get(1))).isNegative();
  }

  @Test
  void aMemberProfileKeepsOnlyTheLatestSeenUpToTheLimit() {
    CopPlatform platform = platform(CopPlatform.builder().feedCatchUpInterval(Duration.ofSeconds(60)).seenLimit(2));
    Community community = community(platform);
    List<Activity> activities = List.of(activity(community, 3), activity(community, 2), activity(community, 1));
    activities.forEach(activity -> platform.activities().publish(founder, activity));

    activities.forEach(activity -> platform.activities().record(laia, new Interaction(activity.id(), Interaction.Kind.SEEN)));

    assertThat(seen(platform, activities.get(0))).as("the oldest seen is forgotten").isZero();
    assertThat(seen(platform, activities.get(1))).isNegative();
    assertThat(seen(platform, activities.get(2))).isNegative();
    CopPlatform rebuilt = platform(CopPlatform.builder().seenLimit(2));
    assertThat(seen(rebuilt, activities.get(0))).as("the same after a rebuild").isZero();
    assertThat(seen(rebuilt, activities.get(2))).isNegative();
  }

  @Test
  void refusesCatchUpIntervalsAndSeenLimitsOutOfBounds() {
    assertThatThrownBy(() -> CopPlatform.builder().feedCatchUpInterval(Duration.ZERO)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CopPlatform.builder().feedCatchUpInterval(Duration.ofSeconds(CopPlatform.MAX_CATCH_UP_SECONDS + 1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CopPlatform.builder().seenLimit(0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CopPlatform.builder().seenLimit(FeedAssembly.MAX_SEEN_LIMIT + 1))
        .isInstanceOf(InvalidInputException.class);
  }

  private double seen(CopPlatform on, Activity activity) {
    Explanation explanation = on.feed().explain(laia, activity.id());
    return explanation.contributions().stream()
        .filter(c -> c.signal().equals(BuiltInSignal.SEEN.signalName()))
        .mapToDouble(Explanation.Contribution::value).sum();
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not caught up in " + PATIENCE);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
