/**
 * The shared part of the CoPKit technology compatibility kit (TCK): {@link
 * org.copkit.tck.shared.StorageContract}, the base of every contract suite; the contract of the
 * audit trail, {@link org.copkit.tck.shared.AuditTrailContract}; and {@link
 * org.copkit.tck.shared.SharedFixtures} for the shared values. The contract of the unit of work is
 * in {@link org.copkit.tck.storage}, the feature ports' contracts in the feature packages.
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
