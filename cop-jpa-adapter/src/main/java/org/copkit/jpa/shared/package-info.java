/**
 * What every feature of the JPA adapter shares: the unit of work ({@link
 * org.copkit.jpa.shared.JpaTransactions}, wiring), the audit trail, and the transactional outbox
 * that hosts' relays read ({@link org.copkit.jpa.shared.JpaOutbox} and {@link
 * org.copkit.jpa.shared.OutboxMessage}, API).
 */
package org.copkit.jpa.shared;
