package org.copkit.jpa.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_audit_entry}: one {@link AuditEntry}. The generated {@code seq} keeps the
 * order of appending, which breaks ties between entries of the same instant.
 */
@Entity(name = "CopAuditEntry")
@Table(name = "cop_audit_entry")
class AuditEntryRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "seq")
  private Long seq;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", length = MemberId.MAX_LENGTH)
  private String actor;

  @Column(name = "as_administrator", nullable = false)
  private boolean asAdministrator;

  @Column(name = "scope", nullable = false, length = 64)
  private String scope;

  @Column(name = "action", nullable = false, length = 64)
  private String action;

  @Column(name = "subject", length = MemberId.MAX_LENGTH)
  private String subject;

  @Column(name = "detail", nullable = false, length = 500)
  private String detail;

  @Column(name = "reason", nullable = false, length = 2000)
  private String reason;

  /** For JPA. */
  protected AuditEntryRow() {}

  static AuditEntryRow fromDomain(AuditEntry entry) {
    AuditEntryRow row = new AuditEntryRow();
    row.occurredAt = entry.at();
    row.actor = entry.actor().map(MemberId::value).orElse(null);
    row.asAdministrator = entry.asAdministrator();
    row.scope = entry.scope();
    row.action = entry.action().name();
    row.subject = entry.subject().map(MemberId::value).orElse(null);
    row.detail = entry.detail();
    row.reason = entry.reason();
    return row;
  }

  AuditEntry toDomain() {
    return new AuditEntry(
        occurredAt,
        Optional.ofNullable(actor).map(MemberId::of),
        asAdministrator,
        scope,
        AuditAction.valueOf(action),
        Optional.ofNullable(subject).map(MemberId::of),
        detail,
        reason);
  }
}
