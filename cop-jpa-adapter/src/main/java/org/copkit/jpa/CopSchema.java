package org.copkit.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Creates and upgrades CoPKit's tables with Flyway, at the host's start-up:
 *
 * <pre>{@code
 * CopSchema.migrate(dataSource);
 * }</pre>
 *
 * <p>CoPKit keeps its own migration history in the table {@value #HISTORY_TABLE}, so it lives
 * beside the host's own Flyway history ({@code flyway_schema_history}) without touching it, in the
 * same schema or another. The scripts for the database at hand are chosen from the connection's
 * metadata: {@value #MIGRATIONS}{@code /h2}, {@code /postgresql} or {@code /mariadb}. Hosts that
 * manage their schema with other tools can take the SQL from there.
 *
 * <p>Flyway is an optional dependency of this jar: add {@code org.flywaydb:flyway-core}, plus
 * {@code flyway-database-postgresql} or {@code flyway-mysql} for those databases.
 */
public final class CopSchema {

  /** The table in which CoPKit keeps its migration history. */
  public static final String HISTORY_TABLE = "cop_schema_history";

  /** The classpath folder of the migration scripts, one subfolder per database. */
  public static final String MIGRATIONS = "org/copkit/jpa/migration";

  private static final String FLYWAY = "org.flywaydb.core.Flyway";

  private CopSchema() {}

  /**
   * Applies the migrations that the database does not have yet.
   *
   * @param dataSource the host's data source, connected to the schema where CoPKit's tables go
   * @throws IllegalStateException when Flyway is not on the classpath, or the database is not one
   *     that CoPKit ships scripts for
   */
  public static void migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    requireFlyway();
    FlywayMigration.run(dataSource, HISTORY_TABLE, "classpath:" + MIGRATIONS + "/" + vendorOf(dataSource));
  }

  private static void requireFlyway() {
    try {
      Class.forName(FLYWAY, false, CopSchema.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "CopSchema.migrate needs Flyway, an optional dependency of cop-jpa-adapter: add org.flywaydb:flyway-core"
              + " (and flyway-database-postgresql or flyway-mysql for those databases), or create the tables"
              + " yourself from the scripts under "
              + MIGRATIONS,
          e);
    }
  }

  private static String vendorOf(DataSource dataSource) {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read which database the data source connects to", e);
    }
    String name = product.toLowerCase(Locale.ROOT);
    if (name.contains("h2")) {
      return "h2";
    }
    if (name.contains("postgresql")) {
      return "postgresql";
    }
    if (name.contains("mariadb") || name.contains("mysql")) {
      return "mariadb";
    }
    throw new IllegalStateException(
        "CoPKit ships migrations for H2, PostgreSQL and MariaDB, not for " + product
            + "; create the tables yourself, after the scripts under " + MIGRATIONS);
  }
}
