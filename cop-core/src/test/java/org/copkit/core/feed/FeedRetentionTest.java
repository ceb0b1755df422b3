package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Visibility;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.Interaction;
import org.copkit.api.privacy.RetentionSweep;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.api.storage.Change;
import org.copkit.core.CopPlatform;
import org.copkit.core.TestClock;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retention of raw interactions: a sweep rewrites who saw, reacted to or answered what, once older
 * than the period, so that the log names nobody for them; engagement counts stay, the profiles
 * they shaped are forgotten, and a running node agrees with a node started afterwards.
 */
class FeedRetentionTest {

  private static final Duration PERIOD = Duration.ofDays(30);

  private final TestClock clock = TestClock.at("2026-11-02T12:00:00Z");
  private final MemberId founder = MemberId.of("founder");
  private final MemberId laia = MemberId.of("laia");
  private final MemberId marta = MemberId.of("marta");
  private final InMemoryDirectory directory = InMemoryDirectory.of(Person.active(founder, "Founder", "Unit"),
      Person.active(laia, "Laia", "Unit"), Person.active(marta, "Marta", "Unit"));
  private final InMemoryStorage storage = InMemoryStorage.create();
  private final List<CopPlatform> platforms = new ArrayList<>();

  @AfterEach
  void close() {
    platforms.forEach(CopPlatform::close);
  }

  private CopPlatform platform() {
    CopPlatform platform = CopPlatform.builder().storage(storage).directory(directory).clock(clock)
        .retention(FeedRetention.KIND, PERIOD).feedCatchUpInterval(Duration.ofSeconds(60)).build();
    platforms.add(platform);
    return platform;
  }

  private Activity published(CopPlatform on, Community community, MemberId author, int minutesAgo, String tag) {
    Activity activity = new Activity(ActivityId.random(), community.id(), author, ActivityKind.DISCUSSION,
        clock.instant().minusSeconds(60L * minutesAgo), 0, 0, Set.of(tag), CopComponent.KNOW_HOW, Audience.COMMUNITY);
    on.activities().publish(author, activity);
    return activity;
  }

  private static List<ActivityId> feedOf(CopPlatform on, MemberId member) {
    on.catchUp();
    return on.feed().feed(member, FeedQuery.first(50)).items().stream().map(FeedItem::activity).toList();
  }

  private List<FeedChange> feedChanges() {
    List<Change> all = storage.transactions().inTransaction(() -> storage.changeLog().after(0, 10_000));
    return all.stream().filter(c -> c.topic().equals(FeedChange.TOPIC)).map(c -> FeedChange.decode(c.body())).toList();
  }

  private long engagedBy(MemberId member) {
    return feedChanges().stream().filter(c -> c instanceof FeedChange.Engaged e && e.actor().equals(member)).count();
  }

  @Test
  void interactionsOlderThanThePeriodNameNobodyAndEveryNodeRanksAsANodeStartedAfterwards() {
    CopPlatform a = platform();
    Community community = a.lifecycle().create(founder,
        new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));
    a.joining().join(laia, community.id(), "");
    a.joining().join(marta, community.id(), "");
    List<Activity> old = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      old.add(published(a, community, founder, 10 + i, "mediació"));
      old.add(published(a, community, marta, 20 + i, "presons"));
    }
    a.catchUp();
    // Laia saw the newest two and reacted to Marta's: her profile favours Marta, and hides what she saw
    a.activities().record(laia, new Interaction(old.get(0).id(), Interaction.Kind.SEEN));
    a.activities().record(laia, new Interaction(old.get(1).id(), Interaction.Kind.SEEN));
    for (int i = 1; i < old.size(); i += 2) {
      a.activities().record(laia, new Interaction(old.get(i).id(), Interaction.Kind.REACTED));
    }
    a.activities().record(marta, new Interaction(old.get(2).id(), Interaction.Kind.REACTED));
    List<ActivityId> laiaBefore = feedOf(a, laia);
    var explainedBefore = a.feed().explain(marta, old.get(3).id());

    RetentionSweep first = a.privacy().sweep(clock.instant());
    assertThat(first.removed()).as("a first sweep only marks the log").containsEntry(FeedRetention.KIND, 0L);
    long laiasOld = engagedBy(laia);
    assertThat(laiasOld).isEqualTo(6);

    clock.advance(PERIOD.plusDays(1));
    Activity fresh = published(a, community, founder, 1, "mediació");
    a.catchUp();
    a.activities().record(laia, new Interaction(fresh.id(), Interaction.Kind.REACTED));
    feedOf(a, laia);

    RetentionSweep second = a.privacy().sweep(clock.instant());

    assertThat(second.removed()).containsEntry(FeedRetention.KIND, laiasOld + 1);
    assertThat(engagedBy(laia)).as("only what is younger than the period names her").isEqualTo(1);
    assertThat(engagedBy(marta)).isZero();
    assertThat(feedChanges()).filteredOn(c -> c instanceof FeedChange.Counted).hasSize((int) laiasOld + 1);
    CopPlatform later = platform();
    for (MemberId member : List.of(laia, marta, founder)) {
      assertThat(feedOf(a, member)).as("the running node ranks for %s as a node started afterwards", member)
          .isEqualTo(feedOf(later, member));
    }
    assertThat(feedOf(later, laia).subList(1, 1 + old.size())).as("what she saw long ago is no longer hidden")
        .isNotEqualTo(laiaBefore.subList(0, Math.min(laiaBefore.size(), old.size())));
    assertThat(a.feed().explain(marta, old.get(3).id()).contributions())
        .as("engagement still counts the reactions, on either node")
        .isEqualTo(later.feed().explain(marta, old.get(3).id()).contributions());
    assertThat(explainedBefore.activity()).isEqualTo(old.get(3).id());

    ByteArrayOutputStream export = new ByteArrayOutputStream();
    a.privacy().export(laia, laia, export);
    assertThat(export.toString(StandardCharsets.UTF_8).split("\"engaged\"", -1)).as("her export holds what names her")
        .hasSize(2);

    RetentionSweep again = a.privacy().sweep(clock.instant());
    assertThat(again.removed()).as("the same day, nothing more").containsEntry(FeedRetention.KIND, 0L);
    assertThat(engagedBy(laia)).isEqualTo(1);
  }
}
