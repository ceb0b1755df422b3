/**
 * What every feature of the JPA adapter shares: the unit of work ({@link
 * org.copkit.jpa.shared.JpaTransactions}) and the audit trail. Wiring, not exported: hosts use
 * {@code JpaStorage}, whose {@code transactions()} is typed as the API's {@code Transactions}.
 */
package org.copkit.jpa.shared;
