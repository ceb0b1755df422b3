package org.copkit.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the adapter is tested on, each able to make an isolated, empty schema for a test
 * class and to drop it afterwards.
 *
 * <p>H2 runs in memory, always. PostgreSQL and MariaDB run when their JDBC URL is in the
 * environment ({@code COPKIT_TEST_POSTGRES_URL}, {@code COPKIT_TEST_MARIADB_URL}); without it their
 * tests are skipped, or fail when {@code COPKIT_REQUIRE_DATABASES=true} (as on CI).
 */
enum TestDatabase {

  /** In memory: a new database per schema, gone at shutdown. */
  H2("H2", null) {
    @Override
    String isolatedUrl(String name) {
      return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    void drop(String name) throws SQLException {
      try (Connection connection = DriverManager.getConnection(isolatedUrl(name));
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      }
    }
  },

  /** A schema of its own in the given database, made the connections' current schema. */
  POSTGRES("PostgreSQL", "COPKIT_TEST_POSTGRES_URL") {
    @Override
    String isolatedUrl(String name) throws SQLException {
      execute("CREATE SCHEMA " + name);
      return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    @Override
    void drop(String name) throws SQLException {
      execute("DROP SCHEMA " + name + " CASCADE");
    }
  },

  /** A database of its own on the given server. */
  MARIADB("MariaDB", "COPKIT_TEST_MARIADB_URL") {
    private final Pattern databaseInUrl = Pattern.compile("^(jdbc:(?:mariadb|mysql)://[^/?]+)(?:/[^?]*)?(\\?.*)?$");

    @Override
    String isolatedUrl(String name) throws SQLException {
      execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      Matcher url = databaseInUrl.matcher(url());
      if (!url.matches()) {
        throw new IllegalStateException(variable() + " is not a MariaDB JDBC URL: " + url());
      }
      return url.group(1) + "/" + name + (url.group(2) == null ? "" : url.group(2));
    }

    @Override
    void drop(String name) throws SQLException {
      execute("DROP DATABASE " + name);
    }
  };

  private static final String REQUIRE_DATABASES = "COPKIT_REQUIRE_DATABASES";

  private final String displayName;
  private final String variable;

  TestDatabase(String displayName, String variable) {
    this.displayName = displayName;
    this.variable = variable;
  }

  /**
   * Creates an empty schema of its own, after making sure the database is configured.
   *
   * @return the schema; close it to drop it
   */
  IsolatedSchema createSchema() {
    requireConfigured();
    String name = "copkit_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try {
      String url = isolatedUrl(name);
      return new IsolatedSchema(this, name, url, pool(url));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test schema " + name + " on " + this, e);
    }
  }

  /** Skips the calling test when the database is not configured, or fails it when CI requires it. */
  void requireConfigured() {
    if (variable == null || url() != null) {
      return;
    }
    if (Boolean.parseBoolean(System.getenv(REQUIRE_DATABASES))) {
      throw new AssertionError(variable + " not set, but " + REQUIRE_DATABASES + "=true: " + displayName + " must be tested");
    }
    Assumptions.assumeTrue(false, variable + " not set: " + displayName + " suites skipped");
  }

  /** @return the JDBC URL of an empty schema of its own, created by this call */
  abstract String isolatedUrl(String name) throws SQLException;

  /** Drops a schema made by {@link #isolatedUrl}. */
  abstract void drop(String name) throws SQLException;

  String variable() {
    return variable;
  }

  @Override
  public String toString() {
    return displayName;
  }

  String url() {
    return variable == null ? null : System.getenv(variable);
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static DataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4);
    config.setPoolName("copkit-test");
    return new HikariDataSource(config);
  }

  /** An empty schema of one test class: its own pooled data source, dropped on close. */
  static final class IsolatedSchema implements AutoCloseable {

    private final TestDatabase database;
    private final String name;
    private final String url;
    private final DataSource dataSource;
    private final List<HikariDataSource> morePools = new ArrayList<>();

    private IsolatedSchema(TestDatabase database, String name, String url, DataSource dataSource) {
      this.database = database;
      this.name = name;
      this.url = url;
      this.dataSource = dataSource;
    }

    DataSource dataSource() {
      return dataSource;
    }

    /** @return another pool of connections to this schema, closed with it (another node's own pool) */
    synchronized DataSource anotherPool() {
      HikariDataSource pool = (HikariDataSource) pool(url);
      morePools.add(pool);
      return pool;
    }

    TestDatabase database() {
      return database;
    }

    @Override
    public void close() throws SQLException {
      synchronized (this) {
        morePools.forEach(HikariDataSource::close);
      }
      ((HikariDataSource) dataSource).close();
      database.drop(name);
    }
  }
}
