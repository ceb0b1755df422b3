package org.copkit.jpa;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The only class that touches Flyway, loaded only once {@link CopSchema} has checked that Flyway
 * is on the classpath.
 */
final class FlywayMigration {

  private FlywayMigration() {}

  /**
   * Migrates with a history table of CoPKit's own. A schema that already holds the host's tables
   * but no CoPKit history is baselined at version 0, so that every CoPKit migration still runs.
   */
  static void run(DataSource dataSource, String historyTable, String location) {
    Flyway.configure(FlywayMigration.class.getClassLoader())
        .dataSource(dataSource)
        .table(historyTable)
        .locations(location)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }
}
