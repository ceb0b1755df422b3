package org.copkit.core.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.copkit.api.notification.Notification;
import org.copkit.api.notification.Notifications;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Notifications kept in memory for inspection: the platform's default, for tests and examples.
 * Hosts deliver notifications with their own {@link Notifications}.
 *
 * <p>Bounded like {@link InMemoryEventLog}: it keeps the {@link #capacity()} latest notifications
 * (by default {@value #DEFAULT_CAPACITY}); the oldest is dropped, and counted in {@link
 * #dropped()}, when a new one would exceed that. Thread-safe.
 */
public final class InMemoryNotifications implements Notifications {

  /** How many notifications a new instance keeps unless told otherwise. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private final int capacity;
  private final Deque<Notification> sent = new ArrayDeque<>();
  private long dropped;

  /** Keeps the {@value #DEFAULT_CAPACITY} latest notifications. */
  public InMemoryNotifications() {
    this(DEFAULT_CAPACITY);
  }

  /**
   * @param capacity how many of the latest notifications to keep, at least 1
   * @throws InvalidInputException when the capacity is below 1
   */
  public InMemoryNotifications(int capacity) {
    if (capacity < 1) {
      throw new InvalidInputException("capacity", "must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  @Override
  public void send(Notification notification) {
    Validation.required("notification", notification);
    synchronized (sent) {
      if (sent.size() == capacity) {
        sent.removeFirst();
        dropped++;
      }
      sent.addLast(notification);
    }
  }

  /** @return the most notifications kept */
  public int capacity() {
    return capacity;
  }

  /** @return how many of the oldest notifications were dropped to stay within the capacity */
  public long dropped() {
    synchronized (sent) {
      return dropped;
    }
  }

  /** @return the notifications kept, oldest first */
  public List<Notification> sent() {
    synchronized (sent) {
      return List.copyOf(sent);
    }
  }

  /**
   * @param recipient a person
   * @return the notifications kept that were sent to them, oldest first
   */
  public List<Notification> sentTo(MemberId recipient) {
    return sent().stream().filter(n -> n.recipient().equals(recipient)).toList();
  }
}
