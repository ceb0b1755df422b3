package org.copkit.api.knowledge.port;

import org.copkit.api.shared.Transactions;

/**
 * What a storage adapter provides for the production cycle of outputs, sharing one unit of work
 * with the knowledge base. {@code org.copkit.api.storage.CopStorage} extends it.
 */
public interface ProductionStorage {

  /** @return the unit of work that every port below takes part in */
  Transactions transactions();

  /** @return the production cycles of outputs */
  OutputCycles outputCycles();

  /** @return the communities' review policies */
  ReviewPolicies reviewPolicies();
}
