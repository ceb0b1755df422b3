package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedCursor;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedPage;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.Interaction;
import org.copkit.api.feed.Publication;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ActivityPublishing.retract} and {@code reinstate}: what moderation hides leaves every feed,
 * until an e-moderator puts it back.
 */
class FeedRetractionTest {

  private final FeedFixture fixture = new FeedFixture();
  private final CommunityId community = fixture.community("practice", Visibility.SECRET);
  private final MemberId author = fixture.join(community, "author", Tier.PARTICIPANT);
  private final MemberId moderator = fixture.join(community, "moderator", Tier.CORE, Role.E_MODERATOR);
  private final MemberId reader = fixture.join(community, "reader", Tier.PARTICIPANT);
  private final ExecutorService pool = Executors.newFixedThreadPool(3);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aRetractedActivityLeavesEveryFeedAndCannotBeReadUntilReinstated() {
    ActivityId kept = fixture.post(community, author, 60, "mediació");
    ActivityId hidden = fixture.post(community, author, 30, "mediació");
    fixture.publishing().record(reader, new Interaction(hidden, Interaction.Kind.REACTED));
    double scoreBefore = fixture.feed().explain(reader, hidden).score();

    assertThat(fixture.publishing().retract(moderator, hidden)).isTrue();

    for (MemberId member : List.of(author, moderator, reader)) {
      assertThat(allPages(fixture.feed(), member)).as("pruned feed of " + member).containsExactly(kept);
      assertThat(allPages(fixture.module.exhaustiveFeed(), member)).as("exhaustive feed of " + member).containsExactly(kept);
      assertThatThrownBy(() -> fixture.feed().explain(member, hidden)).isInstanceOf(NotFoundException.class);
    }
    assertThatThrownBy(() -> fixture.publishing().record(reader, new Interaction(hidden, Interaction.Kind.SEEN)))
        .isInstanceOf(NotFoundException.class);
    assertThat(fixture.publishing().retract(moderator, hidden)).as("a second retraction changes nothing").isFalse();

    Publication again = fixture.publishing().publish(moderator,
        new org.copkit.api.feed.Activity(hidden, community, author, ActivityKind.DISCUSSION, FeedFixture.START, 0, 0,
            Set.of(), org.copkit.api.feed.CopComponent.KNOW_HOW, Audience.COMMUNITY));
    assertThat(again).as("publishing again does not undo a retraction").isEqualTo(new Publication.AlreadyPublished(hidden));
    assertThat(allPages(fixture.feed(), reader)).containsExactly(kept);
    assertThatThrownBy(() -> fixture.publishing().reinstate(author, hidden))
        .as("putting back is a moderation act, not the author's").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> fixture.publishing().reinstate(reader, hidden)).isInstanceOf(AccessDeniedException.class);

    assertThat(fixture.publishing().reinstate(moderator, hidden)).isTrue();
    assertThat(fixture.publishing().reinstate(moderator, hidden)).as("a second reinstatement changes nothing").isFalse();
    assertThat(fixture.feed().explain(reader, hidden).score()).as("back as it was: its engagement and time").isEqualTo(scoreBefore);
    assertThat(allPages(fixture.feed(), reader)).contains(hidden, kept);
  }

  @Test
  void theAuthorAnEModeratorOrAnAdministratorMayRetractAndNoOneElse() {
    ActivityId byAuthor = fixture.post(community, author, 10);
    ActivityId byModerator = fixture.post(community, author, 20);
    ActivityId byAdministrator = fixture.post(community, author, 30);
    ActivityId draft = fixture.publish(fixture.activity(community, moderator, ActivityKind.OUTPUT, 40, Audience.CORE));
    MemberId outsider = fixture.join(fixture.community("elsewhere", Visibility.OPEN), "outsider", Tier.CORE, Role.E_MODERATOR);

    assertThatThrownBy(() -> fixture.publishing().retract(reader, byAuthor))
        .as("a member who is neither author nor e-moderator").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> fixture.publishing().retract(outsider, byAuthor))
        .as("an outsider of a SECRET community is told it does not exist").isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixture.publishing().retract(author, draft))
        .as("a CORE-only activity, for a PARTICIPANT").isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixture.publishing().retract(moderator, ActivityId.random())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixture.publishing().retract(FeedFixture.FORMER_ADMINISTRATOR, byAuthor))
        .as("an inactive administrator has no powers left").isInstanceOf(NotFoundException.class);
    assertThat(allPages(fixture.feed(), reader)).as("refusals change nothing").contains(byAuthor, byModerator, byAdministrator);

    assertThat(fixture.publishing().retract(author, byAuthor)).isTrue();
    assertThat(fixture.publishing().retract(moderator, byModerator)).isTrue();
    assertThat(fixture.publishing().retract(FeedFixture.ADMINISTRATOR, byAdministrator)).isTrue();
    fixture.archive(community);
    assertThat(fixture.publishing().retract(moderator, draft)).as("allowed in an ARCHIVED community").isTrue();

    assertThat(allPages(fixture.feed(), moderator)).isEmpty();
    assertThat(fixture.publishing().reinstate(FeedFixture.ADMINISTRATOR, byAuthor)).as("an administrator reinstates").isTrue();
    assertThat(allPages(fixture.feed(), moderator)).containsExactly(byAuthor);
  }

  @Test
  void aRetractionBetweenPagesNeitherRepeatsNorSkipsTheOthers() {
    List<ActivityId> posted = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      posted.add(fixture.post(community, author, i * 60L));
    }
    FeedPage first = fixture.feed().feed(reader, FeedQuery.first(10));
    List<ActivityId> firstIds = first.items().stream().map(FeedItem::activity).toList();
    ActivityId servedThenRetracted = firstIds.get(0);
    ActivityId notYetServed = posted.stream().filter(id -> !firstIds.contains(id)).findFirst().orElseThrow();
    fixture.publishing().retract(author, servedThenRetracted);
    fixture.publishing().retract(author, notYetServed);

    List<ActivityId> rest = new ArrayList<>();
    FeedPage page = fixture.feed().feed(reader, FeedQuery.after(first.next().orElseThrow(), 10));
    while (true) {
      page.items().stream().map(FeedItem::activity).forEach(rest::add);
      if (page.next().isEmpty()) {
        break;
      }
      page = fixture.feed().feed(reader, FeedQuery.after(page.next().get(), 10));
    }

    List<ActivityId> expected = new ArrayList<>(posted);
    expected.removeAll(firstIds);
    expected.remove(notYetServed);
    assertThat(rest).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
  }

  /**
   * Real threads: a moderator retracts activities one by one while readers page through their
   * feeds; a feed call that starts after a retraction has returned never shows that activity.
   */
  @Test
  void aFeedCallNeverShowsWhatWasRetractedBeforeItStarted() throws Exception {
    List<ActivityId> posted = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      posted.add(fixture.post(community, author, i * 10L));
    }
    AtomicInteger retractedSoFar = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    Future<?> retracting = pool.submit(() -> {
      start.await();
      for (int i = 0; i < posted.size(); i += 3) {
        fixture.publishing().retract(moderator, posted.get(i));
        retractedSoFar.set(i / 3 + 1);
      }
      return null;
    });
    List<Future<Integer>> readers = new ArrayList<>();
    for (MemberId member : List.of(reader, author)) {
      readers.add(pool.submit(() -> {
        start.await();
        int calls = 0;
        while (!retracting.isDone() || calls < 10) {
          int before = retractedSoFar.get();
          Set<ActivityId> gone = new HashSet<>();
          for (int r = 0; r < before; r++) {
            gone.add(posted.get(r * 3));
          }
          List<ActivityId> page = fixture.feed().feed(member, FeedQuery.first(200)).items().stream()
              .map(FeedItem::activity).toList();
          assertThat(page).filteredOn(gone::contains).isEmpty();
          calls++;
        }
        return calls;
      }));
    }
    start.countDown();
    retracting.get();
    for (Future<Integer> calls : readers) {
      assertThat(calls.get()).isPositive();
    }
    Set<ActivityId> retracted = new HashSet<>();
    for (int i = 0; i < posted.size(); i += 3) {
      retracted.add(posted.get(i));
    }
    assertThat(allPages(fixture.feed(), reader)).as("as deep as a cursor goes")
        .hasSize(FeedCursor.MAX_SERVED).filteredOn(retracted::contains).isEmpty();
  }

  private static List<ActivityId> allPages(Feed feed, MemberId member) {
    List<ActivityId> all = new ArrayList<>();
    FeedPage page = feed.feed(member, FeedQuery.first(200));
    while (true) {
      page.items().stream().map(FeedItem::activity).forEach(all::add);
      if (page.next().isEmpty()) {
        return all;
      }
      page = feed.feed(member, FeedQuery.after(page.next().get(), 200));
    }
  }
}
