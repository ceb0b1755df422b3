package org.copkit.api.shared;

/**
 * Outbound port: where domain events go. The core publishes inside the same {@link Transactions
 * transaction} as the change, so an adapter that writes to an outbox table keeps both or neither.
 *
 * <p>Implementations must be thread-safe.
 */
public interface EventPublisher {

  /**
   * Publishes one event.
   *
   * @param event the event
   */
  void publish(DomainEvent event);
}
