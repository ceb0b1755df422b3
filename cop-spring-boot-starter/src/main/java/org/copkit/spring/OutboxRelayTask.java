package org.copkit.spring;

import java.util.concurrent.atomic.AtomicLong;
import org.copkit.jpa.JpaOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scheduled run of this node's outbox relay: it delivers batches until the outbox has no more
 * unclaimed messages (or a delivery fails), counting what it delivered and its failures.
 */
final class OutboxRelayTask implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayTask.class);

  /** The most batches one run delivers, so that a full outbox does not hold the scheduler's thread. */
  static final int MAX_BATCHES_PER_RUN = 100;

  private final JpaOutbox.Relay relay;
  private final int batchSize;
  private final OutboxDelivery delivery;
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();

  OutboxRelayTask(JpaOutbox.Relay relay, int batchSize, OutboxDelivery delivery) {
    this.relay = relay;
    this.batchSize = batchSize;
    this.delivery = delivery;
  }

  @Override
  public void run() {
    try {
      for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
        int sent = relay.run(batchSize, message -> {
          delivery.deliver(message);
          delivered.incrementAndGet();
        });
        if (sent < batchSize) {
          return;
        }
      }
    } catch (RuntimeException e) {
      failures.incrementAndGet();
      LOG.warn("CoPKit's outbox relay {} failed; the undelivered messages go to the next run: {}", relay.name(),
          e.toString());
    }
  }

  long delivered() {
    return delivered.get();
  }

  long failures() {
    return failures.get();
  }

  JpaOutbox.Relay relay() {
    return relay;
  }
}
