package org.copkit.jpa.search;

import org.copkit.api.search.port.SearchSources;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * <b>Wiring, not API:</b> builds the JPA implementation of the search ports for {@code JpaStorage}.
 * Hosts use {@code JpaStorage}; nothing here is meant for them.
 */
public final class SearchPorts {

  private SearchPorts() {}

  /**
   * @param transactions the unit of work
   * @return the keyset scans a search index is rebuilt from
   */
  public static SearchSources searchSources(JpaTransactions transactions) {
    return new JpaSearchSources(transactions);
  }
}
