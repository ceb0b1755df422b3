package org.copkit.api.analytics.port;

import org.copkit.api.shared.Transactions;

/**
 * What a storage adapter provides for participation analytics: the aggregate counts, in the same
 * unit of work as every other port. {@code org.copkit.api.storage.CopStorage} extends it.
 */
public interface AnalyticsStorage {

  /** @return the unit of work that every port below takes part in */
  Transactions transactions();

  /** @return the counts behind the participation reports */
  Contributions contributions();
}
