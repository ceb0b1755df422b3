package org.copkit.core.memory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.Validation;

/**
 * An event publisher that keeps every event in memory for inspection: the platform's default.
 * Thread-safe. Hosts that need events elsewhere hand their own {@link EventPublisher} to the
 * builder, or read the JPA adapter's outbox.
 */
public final class InMemoryEventLog implements EventPublisher {

  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void publish(DomainEvent event) {
    events.add(Validation.required("event", event));
  }

  /** @return every event published so far, oldest first */
  public List<DomainEvent> events() {
    return List.copyOf(events);
  }

  /**
   * @param type an event type
   * @param <E> the type
   * @return the events of that type, oldest first
   */
  public <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
