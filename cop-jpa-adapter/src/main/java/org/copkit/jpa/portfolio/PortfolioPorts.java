package org.copkit.jpa.portfolio;

import java.util.List;
import org.copkit.api.portfolio.port.EvidenceSources;
import org.copkit.api.portfolio.port.PortfolioEntries;
import org.copkit.api.portfolio.port.PortfolioPages;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * <b>Wiring, not API:</b> builds the JPA implementations of the portfolio ports for {@code
 * JpaStorage}. Hosts use {@code JpaStorage}; nothing here is meant for them.
 */
public final class PortfolioPorts {

  private PortfolioPorts() {}

  /** @return the entity classes of this feature, for the persistence unit */
  public static List<Class<?>> entityClasses() {
    return List.of(EntryRow.class, PageRow.class);
  }

  /**
   * @param transactions the unit of work
   * @return the evidence gathered from the other features' tables
   */
  public static EvidenceSources evidenceSources(JpaTransactions transactions) {
    return new JpaEvidenceSources(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return the evidence members add
   */
  public static PortfolioEntries portfolioEntries(JpaTransactions transactions) {
    return new JpaPortfolioEntries(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return portfolio pages
   */
  public static PortfolioPages portfolioPages(JpaTransactions transactions) {
    return new JpaPortfolioPages(transactions);
  }
}
