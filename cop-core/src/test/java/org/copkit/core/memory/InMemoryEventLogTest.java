package org.copkit.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityEvent;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.tck.shared.EventPublisherContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The in-memory event log: bounded, oldest dropped first, and its storage's log against {@link
 * EventPublisherContract}.
 */
class InMemoryEventLogTest {

  /**
   * The storage's log against the contract; the relay reads the log from where it stopped, as a
   * host reading {@link InMemoryEventLog#events()} would.
   */
  @Nested
  class Contract extends EventPublisherContract {

    @Override
    protected Outbox outbox() {
      InMemoryStorage storage = InMemoryStorage.create();
      return new LogOutbox(storage.transactions(), storage.eventPublisher(), storage.eventPublisher());
    }
  }

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /** A plain event, numbered. */
  private record Numbered(int number) implements DomainEvent {
    @Override
    public Instant occurredAt() {
      return NOW;
    }

    @Override
    public Optional<MemberId> actor() {
      return Optional.empty();
    }
  }

  @Test
  void keepsTheLatestEventsUpToItsCapacityDroppingTheOldest() {
    InMemoryEventLog log = new InMemoryEventLog(3);

    IntStream.range(0, 10).forEach(i -> {
      log.publish(new Numbered(i));
      assertThat(log.events()).hasSizeLessThanOrEqualTo(3);
    });

    assertThat(log.events()).containsExactly(new Numbered(7), new Numbered(8), new Numbered(9));
    assertThat(log.dropped()).isEqualTo(7);
    assertThat(log.capacity()).isEqualTo(3);
  }

  @Test
  void neverExceedsItsCapacityUnderConcurrentPublishers() throws InterruptedException {
    InMemoryEventLog log = new InMemoryEventLog(100);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < 8; t++) {
      int thread = t;
      threads.execute(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        for (int i = 0; i < 1_000; i++) {
          log.publish(new Numbered(thread * 1_000 + i));
          assertThat(log.events().size()).isLessThanOrEqualTo(100);
        }
      });
    }
    start.countDown();
    threads.shutdown();
    assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

    assertThat(log.events()).hasSize(100).doesNotHaveDuplicates();
    assertThat(log.dropped()).isEqualTo(7_900);
  }

  @Test
  void keepsTenThousandEventsByDefault() {
    assertThat(new InMemoryEventLog().capacity()).isEqualTo(InMemoryEventLog.DEFAULT_CAPACITY).isEqualTo(10_000);
    assertThat(InMemoryStorage.create().eventPublisher().capacity()).isEqualTo(10_000);
    assertThat(InMemoryStorage.create(5).eventPublisher().capacity()).isEqualTo(5);
  }

  @Test
  void refusesACapacityBelowOne() {
    assertThatThrownBy(() -> new InMemoryEventLog(0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
    assertThatThrownBy(() -> InMemoryStorage.create(-1)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theStoragesLogLosesTheEventsOfAUnitOfWorkThatRollsBack() {
    InMemoryStorage storage = InMemoryStorage.create();
    storage.eventPublisher().publish(new Numbered(1));

    assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
      storage.eventPublisher().publish(new Numbered(2));
      throw new IllegalStateException("the work fails");
    })).hasMessage("the work fails");
    storage.transactions().inTransaction(() -> {
      storage.eventPublisher().publish(new Numbered(3));
      return null;
    });

    assertThat(storage.eventPublisher().events()).containsExactly(new Numbered(1), new Numbered(3));
  }

  @Test
  void aPlatformOnTheInMemoryStorageWithoutAPublisherPublishesToTheStoragesBoundedLog() {
    MemberId ana = MemberId.of("ana");
    InMemoryStorage storage = InMemoryStorage.create(2);
    CopPlatform platform = CopPlatform.builder()
        .directory(InMemoryDirectory.of(Person.active(ana, "Ana Puig", "Mediació")))
        .storage(storage)
        .build();

    for (String name : List.of("Mediació penal", "Justícia juvenil", "Execució penal")) {
      platform.lifecycle().create(ana, new CommunityDetails(name, "the domain of " + name, "", Visibility.OPEN));
    }

    assertThat(storage.eventPublisher().events()).hasSize(2);
    assertThat(storage.eventPublisher().eventsOf(CommunityEvent.class)).hasSize(2);
    assertThat(storage.eventPublisher().dropped()).isPositive();
  }
}
