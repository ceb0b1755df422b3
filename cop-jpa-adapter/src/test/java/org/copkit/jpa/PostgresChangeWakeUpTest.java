package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.api.storage.ChangeLog;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL's {@code LISTEN/NOTIFY} as the feed's wake-up: two nodes (two entity manager factories
 * on one schema) that poll only once a minute, each listening on a pool of its own, see each
 * other's threads within moments; without listening they would wait for the poll.
 */
class PostgresChangeWakeUpTest {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.POSTGRES);

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final Duration NO_POLL = Duration.ofSeconds(60);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ZoneOffset.UTC);

  private final MemberId founder = MemberId.of("founder");
  private final MemberId laia = MemberId.of("laia");
  private final InMemoryDirectory directory =
      InMemoryDirectory.of(Person.active(founder, "Founder", "Unit"), Person.active(laia, "Laia", "Unit"));
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeEverything() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  private CopPlatform listeningNode(JpaStorage storage) {
    toClose.add(storage.listenForChanges(DATABASE.anotherPool()));
    return node(storage);
  }

  private CopPlatform node(JpaStorage storage) {
    CopPlatform platform = CopPlatform.builder().storage(storage).directory(directory).clock(CLOCK)
        .feedCatchUpInterval(NO_POLL).build();
    toClose.add(platform);
    return platform;
  }

  private UUID startThread(CopPlatform on, String title) {
    Community community = on.lifecycle().create(founder,
        new CommunityDetails("Mediació penal " + title, "Victim-offender mediation", "", Visibility.OPEN));
    on.joining().join(laia, community.id(), "");
    PostOutcome.Published thread = (PostOutcome.Published) on.discussions()
        .start(founder, StartThread.discussion(community.id(), title, "Com prepareu la primera trobada?"));
    return thread.thread().id().value();
  }

  private static List<UUID> feedOf(CopPlatform on, MemberId member) {
    return on.feed().feed(member, FeedQuery.first(FeedQuery.MAX_SIZE)).items().stream()
        .map(item -> item.activity().value()).toList();
  }

  @Test
  void aThreadStartedOnOneListeningNodeReachesTheOtherLongBeforeItPolls() {
    CopPlatform a = listeningNode(DATABASE.emptyStorage());
    CopPlatform b = listeningNode(DATABASE.newNode());

    UUID fromA = startThread(a, "Primera trobada");
    await(() -> feedOf(b, laia).contains(fromA));
    UUID fromB = startThread(b, "Segona trobada");
    await(() -> feedOf(a, laia).contains(fromB));
  }

  @Test
  void withoutListeningANodeWaitsForItsPoll() throws InterruptedException {
    CopPlatform a = node(DATABASE.emptyStorage());
    CopPlatform b = listeningNode(DATABASE.newNode());

    UUID fromA = startThread(a, "Primera trobada");
    Thread.sleep(1_000); // a notification would have woken B by now; A sends none

    assertThat(feedOf(b, laia)).doesNotContain(fromA);
    b.catchUp();
    assertThat(feedOf(b, laia)).contains(fromA);
  }

  @Test
  void aSubscriberIsWokenWithTheLastSequenceOnlyWhileItListens() throws InterruptedException {
    JpaStorage a = DATABASE.emptyStorage();
    JpaStorage b = DATABASE.newNode();
    ChangeLog.Subscription aListens = a.listenForChanges(DATABASE.anotherPool());
    toClose.add(aListens);
    ChangeLog.Subscription bListens = b.listenForChanges(DATABASE.anotherPool());
    toClose.add(bListens);
    List<Long> woken = new CopyOnWriteArrayList<>();
    ChangeLog.Subscription subscription = b.changeLog().subscribe(woken::add);

    append(a, "one");
    append(a, "two");
    long last = a.transactions().inTransaction(() -> a.changeLog().after(0, 10)).get(1).sequence();
    await(() -> woken.contains(last));
    assertThatThrownBy(() -> a.transactions().inTransaction(() -> {
      a.changeLog().append("feed", "rolled back");
      throw new IllegalStateException("the use case failed");
    })).isInstanceOf(IllegalStateException.class);

    subscription.close();
    subscription.close();
    append(a, "three");
    Thread.sleep(1_000);
    assertThat(woken).as("no wake-up for a rollback, none after closing").allMatch(sequence -> sequence <= last);
  }

  @Test
  void refusesADataSourceThatIsNotPostgresql() {
    JpaStorage storage = DATABASE.storage();
    assertThatThrownBy(() -> storage.listenForChanges(null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("dataSource");
    try (HikariDataSource h2 = new HikariDataSource()) {
      h2.setJdbcUrl("jdbc:h2:mem:not-postgresql");
      assertThatThrownBy(() -> storage.listenForChanges(h2)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("PostgreSQL").hasMessageContaining("H2");
    }
  }

  @Test
  void theSubscribersOfAStorageThatDoesNotListenAreNeverWokenAndNullIsRefused() throws InterruptedException {
    JpaStorage a = DATABASE.emptyStorage();
    JpaStorage b = DATABASE.newNode();
    List<Long> woken = new CopyOnWriteArrayList<>();
    toClose.add(b.changeLog().subscribe(woken::add));
    toClose.add(a.listenForChanges(DATABASE.anotherPool())); // A notifies; B does not listen

    append(a, "one");
    Thread.sleep(1_000);

    assertThat(woken).isEmpty();
    assertThatThrownBy(() -> b.changeLog().subscribe(null)).isInstanceOf(InvalidInputException.class);
  }

  private static void append(JpaStorage on, String body) {
    on.transactions().inTransaction(() -> {
      on.changeLog().append("feed", body);
      return null;
    });
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not woken in " + PATIENCE);
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
