package org.copkit.core.memory;

import java.util.function.Consumer;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.Transactions;
import org.copkit.tck.shared.EventPublisherContract.Delivered;
import org.copkit.tck.shared.EventPublisherContract.Outbox;
import org.copkit.tck.shared.EventPublisherContract.Relayed;

/**
 * An in-memory event log seen as an outbox: the relay reads the log from the sequence number where
 * it stopped, as a host reading {@link InMemoryEventLog#entries()} would, and hands each event's
 * sequence number as its idempotency key.
 */
final class LogOutbox implements Outbox {

  private final Transactions transactions;
  private final EventPublisher publisher;
  private final InMemoryEventLog log;
  private long delivered;

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
  public int relay(int max, Consumer<Relayed> delivery) {
    int count = 0;
    for (InMemoryEventLog.Entry entry : log.entries()) {
      if (count == max) {
        break;
      }
      if (entry.sequence() <= delivered) {
        continue;
      }
      DomainEvent event = entry.event();
      delivery.accept(new Relayed(new Delivered(event.getClass().getSimpleName(), event.occurredAt()), "memory-" + entry.sequence()));
      delivered = entry.sequence();
      count++;
    }
    return count;
  }
}
