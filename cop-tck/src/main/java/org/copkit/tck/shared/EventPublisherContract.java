package org.copkit.tck.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.copkit.api.community.CommunityEvent.MemberLeft;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract of a storage's {@link EventPublisher} and of the relay that takes its events to the
 * host's broker: the events of a unit of work that commits are delivered, once each, in the order
 * they were published, after the units committed before it; the events of a unit that rolls back
 * are never delivered, and none is delivered before its unit commits; a relay whose delivery fails
 * halfway through a batch keeps what it delivered and delivers the rest, once, on its next run;
 * every event carries an idempotency key of its own, the same each time the event is delivered, so
 * that consumers can drop the redeliveries that at-least-once delivery allows (after a crash, or a
 * takeover of a crashed relay's batch on another node).
 *
 * <p>Extend it and implement {@link #outbox()}: the storage's unit of work, its publisher, and one
 * run of its relay. The JPA adapter's {@code JpaOutbox} and the in-memory storage's event log pass
 * it.
 */
@ExtendWith(ReadableFailures.class)
public abstract class EventPublisherContract {

  /** The most events a relay run is asked for when the test wants them all. */
  private static final int ALL = 1000;

  /** An event as the relay delivered it: the simple name of its type and when it occurred. */
  public record Delivered(String type, Instant occurredAt) {}

  /**
   * What a relay hands to the host's delivery: the event, and the idempotency key consumers use to
   * drop redeliveries.
   *
   * @param event the event
   * @param idempotencyKey not blank; distinct for distinct events, also across relay runs, and the
   *     same every time one event is handed over again
   */
  public record Relayed(Delivered event, String idempotencyKey) {}

  /** What the contract needs of an adapter's events. */
  public interface Outbox {

    /** @return the storage's unit of work */
    Transactions transactions();

    /** @return the publisher that takes part in it */
    EventPublisher publisher();

    /**
     * Runs the relay once: hands at most {@code max} events not yet delivered to {@code delivery},
     * oldest first, each with its idempotency key, and records each one as delivered when {@code
     * delivery} returns. When it throws, the events handed before stay delivered, the one that
     * failed and those after it do not, and the exception reaches the caller unchanged.
     *
     * @param max the most events to deliver
     * @param delivery the host's side: sends one event to the broker
     * @return how many were delivered
     */
    int relay(int max, Consumer<Relayed> delivery);
  }

  /**
   * The storage's events under test. Called once before every test: a fresh, empty storage, or one
   * whose outbox holds nothing undelivered.
   *
   * @return the outbox
   */
  protected abstract Outbox outbox();

  private Outbox outbox;
  private final CommunityId community = CommunityId.random();
  private final AtomicInteger published = new AtomicInteger();

  /** For subclasses. */
  protected EventPublisherContract() {}

  @BeforeEach
  final void openOutbox() {
    outbox = outbox();
  }

  @Nested
  class Committed {

    @Test
    void areDeliveredOnceInTheOrderPublished() {
      List<Delivered> unit = commit(5);

      assertThat(relayAll()).as("the events of a committed unit of work, once each, in the order published")
          .containsExactlyElementsOf(unit);
      assertThat(relayAll()).as("a second relay run delivers nothing already delivered").isEmpty();
    }

    @Test
    void comeUnitAfterUnitInTheOrderTheUnitsCommitted() {
      List<Delivered> expected = new ArrayList<>();
      expected.addAll(commit(2));
      expected.addAll(commit(3));
      expected.addAll(commit(1));

      assertThat(relayAll()).as("units of work delivered in the order they committed").containsExactlyElementsOf(expected);
    }

    @Test
    void comeInBatchesOfAtMostTheSizeAsked() {
      List<Delivered> unit = commit(5);

      List<Delivered> first = relay(2);
      List<Delivered> second = relay(2);
      List<Delivered> third = relay(2);

      assertThat(List.of(first, second, third)).as("batches of at most the size asked, in order")
          .containsExactly(unit.subList(0, 2), unit.subList(2, 4), unit.subList(4, 5));
      assertThat(relayAll()).isEmpty();
    }

    @Test
    void ofUnitsCommittingAtOnceAreEachDeliveredOnceInTheirUnitsOrder() throws Exception {
      int units = 8;
      int eventsPerUnit = 4;
      List<List<Delivered>> committed = Collections.synchronizedList(new ArrayList<>());

      Race.run(units, unit -> committed.add(commit(eventsPerUnit)));

      List<Delivered> delivered = relayAll();
      assertThat(delivered).as("every event of every unit that committed, once").hasSize(units * eventsPerUnit)
          .doesNotHaveDuplicates();
      for (List<Delivered> unit : committed) {
        assertThat(delivered.stream().filter(unit::contains).toList())
            .as("the events of one unit of work, in the order published").containsExactlyElementsOf(unit);
      }
    }
  }

  @Nested
  class RolledBack {

    @Test
    void areNeverDelivered() {
      IllegalStateException failure = new IllegalStateException("the use case failed after publishing");

      assertThatThrownBy(() -> outbox.transactions().inTransaction(() -> {
        publishAll(2);
        throw failure;
      })).isSameAs(failure);
      List<Delivered> committed = commit(1);

      assertThat(relayAll()).as("the events of a rolled-back unit of work are never delivered")
          .containsExactlyElementsOf(committed);
    }

    @Test
    void noneIsDeliveredBeforeItsUnitCommits() throws Exception {
      CountDownLatch published = new CountDownLatch(1);
      CountDownLatch relayed = new CountDownLatch(1);
      ExecutorService thread = Executors.newSingleThreadExecutor();
      try {
        Future<List<Delivered>> unit = thread.submit(() -> outbox.transactions().inTransaction(() -> {
          List<Delivered> events = publishAll(2);
          published.countDown();
          await(relayed);
          return events;
        }));
        await(published);

        List<Delivered> whileOpen = relayAll();
        relayed.countDown();
        List<Delivered> events = unit.get(1, TimeUnit.MINUTES);

        assertThat(whileOpen).as("no event is delivered before its unit of work commits").isEmpty();
        assertThat(relayAll()).as("then its events are").containsExactlyElementsOf(events);
      } finally {
        relayed.countDown();
        thread.shutdownNow();
      }
    }
  }

  @Nested
  class ARelayThatFails {

    @Test
    void keepsWhatItDeliveredAndDeliversTheRestOnceOnItsNextRun() {
      List<Delivered> unit = commit(6);
      List<Delivered> beforeTheFailure = new ArrayList<>();
      RuntimeException brokerDown = new IllegalStateException("the broker went away");

      assertThatThrownBy(() -> outbox.relay(ALL, relayed -> {
        if (beforeTheFailure.size() == 3) {
          throw brokerDown;
        }
        beforeTheFailure.add(relayed.event());
      })).as("the delivery's failure reaches the relay's caller unchanged").isSameAs(brokerDown);
      List<Delivered> afterTheFailure = relayAll();

      assertThat(beforeTheFailure).containsExactlyElementsOf(unit.subList(0, 3));
      assertThat(afterTheFailure).as("the next run delivers the rest, exactly once, in order")
          .containsExactlyElementsOf(unit.subList(3, 6));
      assertThat(relayAll()).isEmpty();
    }

    @Test
    void onItsFirstEventLosesNothing() {
      List<Delivered> unit = commit(2);
      RuntimeException brokerDown = new IllegalStateException("the broker went away");

      assertThatThrownBy(() -> outbox.relay(ALL, event -> {
        throw brokerDown;
      })).isSameAs(brokerDown);

      assertThat(relayAll()).as("an event whose delivery failed is delivered on the next run")
          .containsExactlyElementsOf(unit);
    }
  }

  @Nested
  class IdempotencyKeys {

    @Test
    void areNotBlankAndDistinctAcrossEventsUnitsAndRuns() {
      commit(3);
      commit(4);

      List<Relayed> delivered = new ArrayList<>(relayWithKeys(2));
      delivered.addAll(relayWithKeys(2));
      delivered.addAll(relayWithKeys(ALL));

      assertThat(delivered).hasSize(7);
      assertThat(delivered).extracting(Relayed::idempotencyKey).as("one key per event, never blank")
          .allSatisfy(key -> assertThat(key).isNotBlank()).doesNotHaveDuplicates();
    }

    @Test
    void staySameWhenAnEventIsDeliveredAgainAfterAFailure() {
      List<Delivered> unit = commit(4);
      List<Relayed> handed = new ArrayList<>();
      RuntimeException brokerDown = new IllegalStateException("the broker went away");

      assertThatThrownBy(() -> outbox.relay(ALL, relayed -> {
        handed.add(relayed);
        if (handed.size() == 2) {
          throw brokerDown;
        }
      })).isSameAs(brokerDown);
      List<Relayed> again = relayWithKeys(ALL);

      assertThat(handed).extracting(Relayed::event).containsExactlyElementsOf(unit.subList(0, 2));
      assertThat(again).extracting(Relayed::event).containsExactlyElementsOf(unit.subList(1, 4));
      assertThat(again.get(0).idempotencyKey()).as("the event whose delivery failed keeps its key when delivered again")
          .isEqualTo(handed.get(1).idempotencyKey());
      assertThat(again.subList(1, 3)).extracting(Relayed::idempotencyKey).as("the others have keys of their own")
          .doesNotContain(handed.get(0).idempotencyKey(), handed.get(1).idempotencyKey()).doesNotHaveDuplicates();
    }
  }

  /** Publishes events in one unit of work that commits. */
  private List<Delivered> commit(int events) {
    return outbox.transactions().inTransaction(() -> publishAll(events));
  }

  /**
   * Publishes events whose instants go backwards and forwards, so that a relay that orders them by
   * time rather than by publication fails.
   */
  private List<Delivered> publishAll(int events) {
    List<Delivered> expected = new ArrayList<>();
    IntStream.range(0, events).forEach(i -> {
      int number = published.incrementAndGet();
      Instant at = secondsAfterT0(i % 2 == 0 ? 10_000 - number : 10_000 + number);
      DomainEvent event = new MemberLeft(community, MemberId.of("member-" + number), Optional.empty(), at);
      outbox.publisher().publish(event);
      expected.add(new Delivered("MemberLeft", at));
    });
    return expected;
  }

  private List<Delivered> relayAll() {
    return relay(ALL);
  }

  private List<Delivered> relay(int max) {
    return relayWithKeys(max).stream().map(Relayed::event).toList();
  }

  private List<Relayed> relayWithKeys(int max) {
    List<Relayed> delivered = new ArrayList<>();
    int count = outbox.relay(max, delivered::add);
    assertThat(count).as("the relay's count is the number of events it delivered").isEqualTo(delivered.size());
    return delivered;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(1, TimeUnit.MINUTES)) {
        throw new AssertionError("the other thread did not get there in a minute");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
