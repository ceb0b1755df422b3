package org.copkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A row of {@code cop_outbox}: one domain event, written in the transaction of the change it
 * describes, waiting for the host's relay until {@code published_at} is set. The generated {@code
 * id} is the order of writing.
 */
@Entity(name = "CopOutboxMessage")
@Table(name = "cop_outbox")
class OutboxRow {

  /** The longest event type name. */
  static final int MAX_EVENT_TYPE = 100;

  /** The longest payload: a megabyte of JSON is far more than any event needs. */
  static final int MAX_PAYLOAD = 1 << 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "event_type", nullable = false, length = MAX_EVENT_TYPE)
  private String eventType;

  @Column(name = "scope", length = 64)
  private String scope;

  @Column(name = "payload", nullable = false, length = MAX_PAYLOAD)
  private String payload;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** For JPA. */
  protected OutboxRow() {}

  OutboxRow(Instant occurredAt, String eventType, Optional<String> scope, String payload) {
    this.occurredAt = occurredAt;
    this.eventType = eventType;
    this.scope = scope.orElse(null);
    this.payload = payload;
  }

  OutboxMessage toMessage() {
    return new OutboxMessage(id, occurredAt, eventType, Optional.ofNullable(scope), payload);
  }
}
