package org.copkit.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.copkit.jpa.CopSchema;
import org.copkit.jpa.JpaStorage;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A database schema of a measured harness's own: made with a random name, migrated with {@link
 * CopSchema#migrate}, read and written by {@link JpaStorage} on Hibernate (validated schema, a
 * HikariCP pool on PostgreSQL), and dropped when closed unless asked to keep it.
 */
public final class OwnSchema implements AutoCloseable {

  /** The environment variable that gives the PostgreSQL to measure on. */
  public static final String POSTGRES_URL = "COPKIT_BENCH_POSTGRES_URL";

  /** Where a harness stores its platform. */
  public enum Database {
    /** A schema of its own in the database of {@value #POSTGRES_URL}. */
    POSTGRESQL,
    /** An in-memory H2 database of its own, for the harnesses' tests. */
    H2
  }

  private final Database database;
  private final String name;
  private final boolean drop;
  private DataSource dataSource;
  private EntityManagerFactory factory;
  private JpaStorage storage;

  private OwnSchema(Database database, String name, boolean drop) {
    this.database = database;
    this.name = name;
    this.drop = drop || database == Database.H2;
  }

  /**
   * Makes, migrates and opens a schema.
   *
   * @param database where
   * @param prefix the start of its name: lower-case letters and {@code _}
   * @param drop whether closing drops it (always, on H2)
   * @return the schema, its storage open
   * @throws SQLException when the database cannot be reached
   */
  public static OwnSchema create(Database database, String prefix, boolean drop) throws SQLException {
    OwnSchema schema = new OwnSchema(database, prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
        drop);
    try {
      schema.open();
      return schema;
    } catch (RuntimeException | SQLException e) {
      schema.close();
      throw e;
    }
  }

  private void open() throws SQLException {
    if (database == Database.H2) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      dataSource = h2;
    } else {
      String url = adminUrl();
      execute(url, "CREATE SCHEMA " + name);
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
      config.setMaximumPoolSize(8);
      config.setPoolName(name);
      dataSource = new HikariDataSource(config);
    }
    CopSchema.migrate(dataSource);
    factory = Persistence.createEntityManagerFactory("copkit",
        Map.of("jakarta.persistence.nonJtaDataSource", dataSource, "hibernate.hbm2ddl.auto", "validate"));
    storage = JpaStorage.create(factory);
  }

  /** @return the storage on this schema */
  public JpaStorage storage() {
    return storage;
  }

  /** @return the schema's name */
  public String name() {
    return name;
  }

  /** Closes the storage and the pool, and drops the schema unless it is to be kept. */
  @Override
  public void close() throws SQLException {
    if (factory != null) {
      factory.close();
    }
    if (dataSource instanceof HikariDataSource pool) {
      pool.close();
    }
    if (database == Database.H2) {
      execute("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "SHUTDOWN");
    } else if (drop) {
      execute(adminUrl(), "DROP SCHEMA IF EXISTS " + name + " CASCADE");
    } else {
      System.out.println("kept schema " + name);
    }
  }

  private static String adminUrl() {
    String url = System.getenv(POSTGRES_URL);
    if (url == null) {
      throw new IllegalStateException(POSTGRES_URL + " is not set: no PostgreSQL to measure (database=H2 runs in memory)");
    }
    return url;
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
