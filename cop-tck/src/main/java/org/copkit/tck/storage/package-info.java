/**
 * The contract of a whole {@link org.copkit.api.storage.CopStorage}: its unit of work, {@link
 * org.copkit.tck.storage.TransactionsContract}, which every port of every feature takes part in.
 * The contracts of the ports themselves are in the feature packages ({@link
 * org.copkit.tck.community}) and in {@link org.copkit.tck.shared}.
 */
package org.copkit.tck.storage;
