package org.copkit.api.shared;

import java.util.function.Supplier;

/**
 * Outbound port: the unit of work. Every use case runs its reads and writes through {@link
 * #inTransaction}; a storage adapter commits them together or not at all.
 *
 * <p>When a transaction fails because a concurrent one changed the same aggregate, the adapter
 * throws {@link ConflictException} of kind {@link ConflictException.Kind#STALE_VERSION}; the core
 * then retries the whole use case a bounded number of times.
 */
public interface Transactions {

  /**
   * Runs work in one transaction. A nested call joins the outer transaction.
   *
   * @param work the reads and writes
   * @param <T> what it returns
   * @return what the work returned, after commit
   */
  <T> T inTransaction(Supplier<T> work);
}
