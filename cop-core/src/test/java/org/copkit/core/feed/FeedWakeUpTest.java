package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
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
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.api.storage.Change;
import org.copkit.api.storage.ChangeLog;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node whose change log can {@linkplain ChangeLog#subscribe wake it} catches up at once when
 * woken, long before its next poll, and only when the wake-up announces a change it has not
 * applied. The wake-ups come from a log that wraps the in-memory one (whose own log never wakes):
 * the test plays the part of PostgreSQL's notifications.
 */
class FeedWakeUpTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ZoneOffset.UTC);
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  /** Far longer than any test: a node that catches up did so because it was woken. */
  private static final Duration NO_POLL = Duration.ofSeconds(60);

  private final MemberId founder = MemberId.of("founder");
  private final MemberId laia = MemberId.of("laia");
  private final InMemoryDirectory directory =
      InMemoryDirectory.of(Person.active(founder, "Founder", "Unit"), Person.active(laia, "Laia", "Unit"));
  private final InMemoryStorage storage = InMemoryStorage.create();
  private final WakingLog log = new WakingLog(storage.changeLog());
  private final List<CopPlatform> platforms = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    platforms.forEach(CopPlatform::close);
  }

  private CopPlatform node(CopStorage on) {
    CopPlatform platform = CopPlatform.builder().storage(on).directory(directory).clock(CLOCK)
        .feedCatchUpInterval(NO_POLL).build();
    platforms.add(platform);
    return platform;
  }

  /** The same storage, but with the waking log. */
  private CopStorage wokenStorage() {
    return (CopStorage) Proxy.newProxyInstance(CopStorage.class.getClassLoader(), new Class<?>[] {CopStorage.class},
        (proxy, method, args) -> {
          if (method.getName().equals("changeLog") && method.getParameterCount() == 0) {
            return log;
          }
          try {
            return method.invoke(storage, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private Activity publishOn(CopPlatform writer) {
    Community community = writer.lifecycle().create(founder,
        new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));
    writer.joining().join(laia, community.id(), "");
    Activity activity = new Activity(ActivityId.random(), community.id(), founder, ActivityKind.DISCUSSION,
        CLOCK.instant().minusSeconds(60), 0, 0, Set.of("mediació"), CopComponent.KNOW_HOW, Audience.COMMUNITY);
    writer.activities().publish(founder, activity);
    return activity;
  }

  private long lastCommitted() {
    List<Change> changes = storage.changeLog().after(0, ChangeLog.MAX_BATCH);
    return changes.get(changes.size() - 1).sequence();
  }

  private static List<ActivityId> feedOf(CopPlatform on, MemberId member) {
    return on.feed().feed(member, FeedQuery.first(50)).items().stream().map(FeedItem::activity).toList();
  }

  @Test
  void aWokenNodeCatchesUpBeforeItsNextPoll() {
    CopPlatform writer = node(storage);
    CopPlatform reader = node(wokenStorage());
    Activity activity = publishOn(writer);
    assertThat(feedOf(reader, laia)).as("neither polled nor woken yet").isEmpty();

    log.wake(lastCommitted());

    await(() -> feedOf(reader, laia).contains(activity.id()));
  }

  @Test
  void aWakeUpForChangesAlreadyAppliedReadsNothing() {
    CopPlatform reader = node(wokenStorage());
    publishOn(reader); // the writer applies its own changes at once
    int readsBefore = log.reads.get();

    log.wake(lastCommitted());
    log.wake(1);
    pause(Duration.ofMillis(300)); // time for a catch-up that should not happen

    assertThat(log.reads.get()).as("no catch-up for what the node holds").isEqualTo(readsBefore);
    log.wake(lastCommitted() + 1);
    await(() -> log.reads.get() > readsBefore);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void aClosedNodeIsNoLongerWoken() {
    CopPlatform reader = node(wokenStorage());
    assertThat(log.listeners).hasSize(1);

    reader.close();

    assertThat(log.listeners).isEmpty();
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

  /** The in-memory log, with wake-ups the test sends and a count of reads. */
  private static final class WakingLog implements ChangeLog {

    private final ChangeLog log;
    final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    final AtomicInteger reads = new AtomicInteger();

    WakingLog(ChangeLog log) {
      this.log = log;
    }

    void wake(long sequence) {
      listeners.forEach(listener -> listener.accept(sequence));
    }

    @Override
    public Subscription subscribe(LongConsumer listener) {
      listeners.add(listener);
      return () -> listeners.remove(listener);
    }

    @Override
    public void append(String topic, String body) {
      log.append(topic, body);
    }

    @Override
    public boolean appendClaiming(String topic, String key, String body) {
      return log.appendClaiming(topic, key, body);
    }

    @Override
    public void rewrite(long sequence, java.util.Optional<String> key, String body) {
      log.rewrite(sequence, key, body);
    }

    @Override
    public Optional<Change> claimed(String key) {
      return log.claimed(key);
    }

    @Override
    public List<Change> after(long sequence, int max) {
      reads.incrementAndGet();
      return log.after(sequence, max);
    }
  }
}
