package org.copkit.core.memory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.copkit.api.notification.Notification;
import org.copkit.api.notification.Notifications;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Notifications kept in memory for inspection: the platform's default, for tests and examples.
 * Hosts deliver notifications with their own {@link Notifications}. Thread-safe.
 */
public final class InMemoryNotifications implements Notifications {

  private final List<Notification> sent = new CopyOnWriteArrayList<>();

  @Override
  public void send(Notification notification) {
    sent.add(Validation.required("notification", notification));
  }

  /** @return every notification sent so far, oldest first */
  public List<Notification> sent() {
    return List.copyOf(sent);
  }

  /**
   * @param recipient a person
   * @return the notifications sent to them, oldest first
   */
  public List<Notification> sentTo(MemberId recipient) {
    return sent.stream().filter(n -> n.recipient().equals(recipient)).toList();
  }
}
