package org.copkit.spring;

import org.copkit.jpa.OutboxMessage;

/**
 * Where the starter's outbox relay sends each domain event: the host's broker (Kafka, RabbitMQ, …).
 * Declare one as a bean; without one, each message is published as a Spring application event,
 * which {@code @EventListener} methods taking an {@link OutboxMessage} receive.
 *
 * <p>Delivery is at least once: drop messages whose {@link OutboxMessage#idempotencyKey()} you have
 * seen. When {@link #deliver} throws, the message and those after it in the batch go back to the
 * outbox for the next run.
 */
@FunctionalInterface
public interface OutboxDelivery {

  /**
   * Sends one message.
   *
   * @param message the message, in the order written within its batch
   */
  void deliver(OutboxMessage message);
}
