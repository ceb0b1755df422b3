/**
 * The shared part of the CoPKit technology compatibility kit (TCK): the base of every contract
 * suite, the contracts of the cross-cutting ports ({@link org.copkit.tck.shared.TransactionsContract}
 * and {@link org.copkit.tck.shared.AuditTrailContract}) and fixtures for their values.
 *
 * <p>An adapter proves itself by extending each suite in its own test sources and answering one
 * question, {@link org.copkit.tck.shared.StorageContract#storage()}:
 *
 * <pre>{@code
 * class MyAuditTrailTest extends AuditTrailContract {
 *   @Override
 *   protected CopStorage storage() {
 *     return MyStorage.createEmpty();
 *   }
 * }
 * }</pre>
 */
package org.copkit.tck.shared;
