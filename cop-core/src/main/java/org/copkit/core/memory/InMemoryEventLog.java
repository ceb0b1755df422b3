package org.copkit.core.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * An event publisher that keeps the latest events in memory for inspection: the event publisher of
 * {@link InMemoryStorage}, and so the platform's default on that storage.
 *
 * <p>The log is bounded: it keeps at most {@link #capacity()} events (by default {@value
 * #DEFAULT_CAPACITY}); when a new event would exceed that, the oldest is dropped and counted in
 * {@link #dropped()}. A long-running platform on the in-memory storage therefore never grows
 * without end; a host that must keep every event hands its own {@link EventPublisher} to the
 * builder, or uses the JPA adapter's outbox.
 *
 * <p>The log of an {@link InMemoryStorage} takes part in its transactions: an event published in a
 * unit of work is logged when the unit commits, in the order published, and never when it rolls
 * back, so that nobody reads an event of work that may still fail. A log made with a constructor
 * logs every event at once.
 *
 * <p>Every logged event has a sequence number, 1 for the first the log ever logged, 2 for the next,
 * which stays with it while it is kept ({@link #entries()}): a reader that remembers the last number
 * it handled reads on from there, even after older events were dropped, and hands the number to
 * consumers as the event's idempotency key within this log. Thread-safe.
 */
public final class InMemoryEventLog implements EventPublisher {

  /** How many events a log keeps unless told otherwise. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private final int capacity;
  private final InMemoryTransactions transactions;
  private final Deque<Entry> events = new ArrayDeque<>();
  private long dropped;
  private long logged;

  /**
   * A logged event and its place in the log.
   *
   * @param sequence 1 for the first event the log ever logged, increasing by one; never reused
   * @param event the event
   */
  public record Entry(long sequence, DomainEvent event) {}

  /** A log of the {@value #DEFAULT_CAPACITY} latest events. */
  public InMemoryEventLog() {
    this(DEFAULT_CAPACITY);
  }

  /**
   * A log of the latest events.
   *
   * @param capacity how many events to keep, at least 1
   * @throws InvalidInputException when the capacity is below 1
   */
  public InMemoryEventLog(int capacity) {
    this(capacity, null);
  }

  InMemoryEventLog(int capacity, InMemoryTransactions transactions) {
    if (capacity < 1) {
      throw new InvalidInputException("capacity", "must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
    this.transactions = transactions;
  }

  @Override
  public void publish(DomainEvent event) {
    Validation.required("event", event);
    if (transactions == null) {
      append(event);
    } else {
      transactions.afterCommit(() -> append(event));
    }
  }

  private void append(DomainEvent event) {
    synchronized (events) {
      if (events.size() == capacity) {
        events.removeFirst();
        dropped++;
      }
      events.addLast(new Entry(++logged, event));
    }
  }

  /** @return the most events this log keeps */
  public int capacity() {
    return capacity;
  }

  /** @return how many of the oldest events were dropped to stay within the capacity */
  public long dropped() {
    synchronized (events) {
      return dropped;
    }
  }

  /** @return the events kept, oldest first */
  public List<DomainEvent> events() {
    return entries().stream().map(Entry::event).toList();
  }

  /** @return the events kept with their sequence numbers, oldest first */
  public List<Entry> entries() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  /**
   * @param type an event type
   * @param <E> the type
   * @return the events kept of that type, oldest first
   */
  public <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
    return events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Replaces a member by a pseudonym in the events kept, for privacy; returns how many changed. */
  long reassign(org.copkit.api.shared.MemberId member, org.copkit.api.shared.MemberId pseudonym) {
    long changed = 0;
    synchronized (events) {
      List<Entry> kept = List.copyOf(events);
      List<Entry> next = new java.util.ArrayList<>(kept.size());
      for (Entry entry : kept) {
        if (MemberRecords.names(entry.event(), member)) {
          next.add(new Entry(entry.sequence(), MemberRecords.replaced(entry.event(), member, pseudonym)));
          changed++;
        } else {
          next.add(entry);
        }
      }
      if (changed > 0) {
        events.clear();
        events.addAll(next);
        if (transactions != null) {
          transactions.onRollback(() -> {
            synchronized (events) {
              events.clear();
              events.addAll(kept);
            }
          });
        }
      }
    }
    return changed;
  }
}
