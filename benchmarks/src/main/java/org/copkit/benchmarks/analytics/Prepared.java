package org.copkit.benchmarks.analytics;

import java.sql.SQLException;
import org.copkit.api.analytics.CommunityReport;

/** A workload loaded into one storage, ready for both contenders. */
interface Prepared extends AutoCloseable {

  /** @return CoPKit's report of the workload's window, asked by an administrator */
  CommunityReport report();

  /**
   * The straightforward alternative's first half: every membership and every post of the community,
   * with its thread.
   *
   * @return the rows
   * @throws Exception when the database fails
   */
  LoadedRows loadEverything() throws Exception;

  @Override
  void close() throws SQLException;
}
