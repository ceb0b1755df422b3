package org.copkit.api.shared;

/**
 * Outbound port: the append-only audit trail. Every change a use case makes is written here in
 * the same transaction.
 */
public interface AuditTrail {

  /**
   * Appends an entry.
   *
   * @param entry the entry
   */
  void append(AuditEntry entry);

  /**
   * The entries of one scope, oldest first (ties in the order they were appended).
   *
   * @param scope the scope, such as a community's ID as text
   * @param page which page
   * @return the page
   */
  Page<AuditEntry> list(String scope, PageRequest page);
}
