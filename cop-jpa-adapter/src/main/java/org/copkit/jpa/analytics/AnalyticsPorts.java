package org.copkit.jpa.analytics;

import org.copkit.api.analytics.port.Contributions;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * <b>Wiring, not API:</b> builds the JPA implementation of the analytics port for {@code
 * JpaStorage}. Hosts use {@code JpaStorage}; nothing here is meant for them.
 */
public final class AnalyticsPorts {

  private AnalyticsPorts() {}

  /**
   * @param transactions the unit of work
   * @return the aggregate counts behind the participation reports
   */
  public static Contributions contributions(JpaTransactions transactions) {
    return new JpaContributions(transactions);
  }
}
