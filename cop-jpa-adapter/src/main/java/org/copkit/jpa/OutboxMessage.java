package org.copkit.jpa;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One domain event waiting in the outbox, as a relay reads it.
 *
 * <p>Consumers drop redeliveries by {@link #idempotencyKey()}: delivery is at least once (a relay
 * whose process dies after sending and before recording it, or whose claim lapsed and was taken
 * over, leaves the message to be sent again), and a message sent again carries the same key.
 *
 * @param id its position in the outbox: increasing in the order events were written, unique in
 *     this database; with several relays, batches arrive in any order, and a consumer that needs
 *     the events of one scope in order orders them by this
 * @param idempotencyKey the event's key for consumers: a random UUID written with the event in the
 *     transaction of its change and never changed, so the same for every delivery of this event
 *     (after a failed delivery, a takeover of a crashed relay's batch, a restart) and different for
 *     every other event, also across databases
 * @param occurredAt when the event happened
 * @param eventType the simple name of the event's record, such as {@code "MemberJoined"}
 * @param scope what the event belongs to, such as the community's ID as text, if anything
 * @param payload the event as a JSON object
 * @param attempts how many relay runs have claimed it so far, the one reading it included; above
 *     1 means an earlier run failed, gave it back or lapsed, and may have delivered it
 */
public record OutboxMessage(
    long id,
    String idempotencyKey,
    Instant occurredAt,
    String eventType,
    Optional<String> scope,
    String payload,
    int attempts) {

  /** Checks that nothing is missing. */
  public OutboxMessage {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(payload, "payload");
  }
}
