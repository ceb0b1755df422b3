package org.copkit.core.memory;

import java.util.List;
import java.util.function.Consumer;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.Transactions;
import org.copkit.tck.shared.EventPublisherContract.Delivered;
import org.copkit.tck.shared.EventPublisherContract.Outbox;

/**
 * An in-memory event log seen as an outbox: the relay reads the log from where it stopped, as a host
 * reading {@link InMemoryEventLog#events()} would.
 */
final class LogOutbox implements Outbox {

  private final Transactions transactions;
  private final EventPublisher publisher;
  private final InMemoryEventLog log;
  private int delivered;

  /**
   * @param transactions the storage's unit of work
   * @param publisher what the storage publishes through
   * @param log the log the publisher's committed events end in
   */
  LogOutbox(Transactions transactions, EventPublisher publisher, InMemoryEventLog log) {
    this.transactions = transactions;
    this.publisher = publisher;
    this.log = log;
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public EventPublisher publisher() {
    return publisher;
  }

  @Override
  public int relay(int max, Consumer<Delivered> delivery) {
    List<DomainEvent> events = log.events();
    int count = 0;
    while (delivered < events.size() && count < max) {
      DomainEvent event = events.get(delivered);
      delivery.accept(new Delivered(event.getClass().getSimpleName(), event.occurredAt()));
      delivered++;
      count++;
    }
    return count;
  }
}
