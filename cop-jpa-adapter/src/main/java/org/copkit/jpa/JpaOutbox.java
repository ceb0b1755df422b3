package org.copkit.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.EventPublisher;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * The transactional outbox: domain events are written to the {@code cop_outbox} table in the same
 * transaction as the change they describe, so both are kept or neither; the host's relay reads
 * them from here and forwards them to its broker (Kafka, RabbitMQ, …).
 *
 * <p>A relay, run on a schedule:
 *
 * <pre>{@code
 * storage.outbox().relay(100, clock.instant(), message -> broker.send(message.eventType(), message.payload()));
 * }</pre>
 *
 * <p>A message is handed to the relay only once its transaction has committed, and never when it
 * rolled back. When the broker fails halfway through a batch, what was sent stays marked and the
 * rest is sent on the next run. Delivery is still at least once: a relay whose process dies between
 * sending and marking sends again. Run one relay at a time, or let consumers drop messages whose
 * {@link OutboxMessage#id()} they have seen. The contract of both sides is {@code
 * org.copkit.tck.shared.EventPublisherContract}. Thread-safe.
 */
public final class JpaOutbox implements EventPublisher {

  /** The most messages {@link #fetchUnpublished} returns at once. */
  public static final int MAX_BATCH = 1000;

  private final JpaTransactions transactions;
  private final Function<DomainEvent, Optional<String>> scopeOf;
  private final EventJson json = new EventJson();

  JpaOutbox(JpaTransactions transactions, Function<DomainEvent, Optional<String>> scopeOf) {
    this.transactions = transactions;
    this.scopeOf = scopeOf;
  }

  /**
   * Writes the event to the outbox in the current transaction.
   *
   * @param event the event
   * @throws IllegalStateException when no transaction is running on this thread
   */
  @Override
  public void publish(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    OutboxRow row =
        new OutboxRow(event.occurredAt(), event.getClass().getSimpleName(), scopeOf.apply(event), json.write(event));
    transactions.insert(row, "outbox message for " + event.getClass().getSimpleName());
  }

  /**
   * The oldest messages not yet marked published, in the order they were written. Runs in its own
   * transaction, or joins the current one.
   *
   * @param max the most messages to return, 1 to {@value #MAX_BATCH}
   * @return the messages
   */
  public List<OutboxMessage> fetchUnpublished(int max) {
    if (max < 1 || max > MAX_BATCH) {
      throw new IllegalArgumentException("max must be between 1 and " + MAX_BATCH + ", was " + max);
    }
    return transactions.inTransaction(
        () ->
            transactions
                .entityManager()
                .createQuery("select o from CopOutboxMessage o where o.publishedAt is null order by o.id", OutboxRow.class)
                .setMaxResults(max)
                .getResultStream()
                .map(OutboxRow::toMessage)
                .toList());
  }

  /**
   * Runs the relay once: hands the oldest messages not yet published, at most {@code max}, to
   * {@code delivery} in the order they were written, then marks those it returned for as published.
   * When {@code delivery} throws, the messages it returned for before are marked all the same, the
   * one that failed and those after it wait for the next run, and the exception reaches the caller.
   * Call it outside a transaction: it runs its own.
   *
   * @param max the most messages to deliver, 1 to {@value #MAX_BATCH}
   * @param publishedAt the time to record as their publication
   * @param delivery sends one message to the host's broker
   * @return how many were delivered
   */
  public int relay(int max, Instant publishedAt, Consumer<OutboxMessage> delivery) {
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(delivery, "delivery");
    List<Long> sent = new ArrayList<>();
    try {
      for (OutboxMessage message : fetchUnpublished(max)) {
        delivery.accept(message);
        sent.add(message.id());
      }
    } catch (RuntimeException | Error failure) {
      try {
        markPublished(sent, publishedAt);
      } catch (RuntimeException markFailure) {
        failure.addSuppressed(markFailure);
      }
      throw failure;
    }
    markPublished(sent, publishedAt);
    return sent.size();
  }

  /**
   * Marks messages published, so that {@link #fetchUnpublished} returns them no more. Messages
   * already marked keep their first publication time. Runs in its own transaction, or joins the
   * current one.
   *
   * @param ids the {@link OutboxMessage#id()}s of the messages the relay has sent
   * @param publishedAt when they were sent
   */
  public void markPublished(Collection<Long> ids, Instant publishedAt) {
    Objects.requireNonNull(publishedAt, "publishedAt");
    if (ids.isEmpty()) {
      return;
    }
    transactions.inTransaction(
        () ->
            transactions
                .entityManager()
                .createQuery(
                    "update CopOutboxMessage o set o.publishedAt = :publishedAt where o.id in :ids and o.publishedAt is null")
                .setParameter("publishedAt", publishedAt)
                .setParameter("ids", List.copyOf(ids))
                .executeUpdate());
  }
}
