package org.copkit.jpa.shared;

import jakarta.persistence.TypedQuery;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.AuditTrail;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/** {@link AuditTrail} on JPA: {@code cop_audit_entry}, append-only. */
final class JpaAuditTrail implements AuditTrail {

  private final JpaTransactions transactions;

  JpaAuditTrail(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void append(AuditEntry entry) {
    transactions.insert(AuditEntryRow.fromDomain(entry), "audit entry " + entry.action() + " in " + entry.scope());
  }

  @Override
  public Page<AuditEntry> list(String scope, PageRequest page) {
    String where = " from CopAuditEntry a where a.scope = :scope";
    TypedQuery<AuditEntryRow> rows =
        transactions.entityManager().createQuery("select a" + where + " order by a.occurredAt, a.seq", AuditEntryRow.class);
    TypedQuery<Long> count = transactions.entityManager().createQuery("select count(a)" + where, Long.class);
    rows.setParameter("scope", scope);
    count.setParameter("scope", scope);
    return transactions.page(rows, count, page, AuditEntryRow::toDomain);
  }
}
