package org.copkit.jpa;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One domain event waiting in the outbox, as a relay reads it.
 *
 * @param id its position in the outbox: increasing in the order events were written, unique; a
 *     relay passes it back to {@link JpaOutbox#markPublished} and consumers may use it to drop
 *     redeliveries
 * @param occurredAt when the event happened
 * @param eventType the simple name of the event's record, such as {@code "MemberJoined"}
 * @param scope what the event belongs to, such as the community's ID as text, if anything
 * @param payload the event as a JSON object
 */
public record OutboxMessage(long id, Instant occurredAt, String eventType, Optional<String> scope, String payload) {

  /** Checks that nothing is missing. */
  public OutboxMessage {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(payload, "payload");
  }
}
