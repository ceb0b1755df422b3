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
 * id} is the order of writing; {@code event_key} the idempotency key, fixed when written; {@code
 * claimed_by} and {@code claim_until_ms} the claim of the relay run delivering it, if any, and when
 * that claim lapses (epoch milliseconds); {@code attempts} how many runs claimed it.
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

  @Column(name = "event_key", nullable = false, length = 36)
  private String eventKey;

  @Column(name = "claimed_by", length = 200)
  private String claimedBy;

  @Column(name = "claim_until_ms")
  private Long claimUntilMs;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  /** For JPA. */
  protected OutboxRow() {}

  OutboxRow(String eventKey, Instant occurredAt, String eventType, Optional<String> scope, String payload) {
    this.eventKey = eventKey;
    this.occurredAt = occurredAt;
    this.eventType = eventType;
    this.scope = scope.orElse(null);
    this.payload = payload;
  }

  OutboxMessage toMessage() {
    return new OutboxMessage(id, eventKey, occurredAt, eventType, Optional.ofNullable(scope), payload, attempts);
  }
}
