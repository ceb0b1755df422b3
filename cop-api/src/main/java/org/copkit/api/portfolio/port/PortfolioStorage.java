package org.copkit.api.portfolio.port;

import org.copkit.api.shared.Transactions;

/**
 * What a storage adapter provides for e-portfolios, sharing one unit of work. {@code
 * org.copkit.api.storage.CopStorage} extends it.
 */
public interface PortfolioStorage {

  /** @return the unit of work that every port below takes part in */
  Transactions transactions();

  /** @return the evidence gathered from the other features' records */
  EvidenceSources evidenceSources();

  /** @return the evidence members add themselves */
  PortfolioEntries portfolioEntries();

  /** @return portfolio pages */
  PortfolioPages portfolioPages();
}
