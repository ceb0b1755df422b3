package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link CopSchema}: CoPKit's migrations live beside a host's own, and need Flyway. */
class CopSchemaTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void migratesBesideTheHostsOwnFlywayHistoryWithoutTouchingIt(TestDatabase database) throws SQLException {
    try (TestDatabase.IsolatedSchema schema = database.createSchema()) {
      Flyway host = Flyway.configure().dataSource(schema.dataSource()).locations("classpath:host/migration").load();
      host.migrate();
      List<String> hostHistory = applied(host);

      CopSchema.migrate(schema.dataSource());

      assertThat(applied(host)).isEqualTo(hostHistory).hasSize(1);
      assertThat(rows(schema.dataSource(), "SELECT body FROM host_note")).containsExactly(List.of("written by the host"));
      assertThat(versions(copkit(schema)))
          .containsExactly(
              "0 << Flyway Baseline >>", "1 communities", "2 audit trail and outbox", "3 discussions", "4 moderation",
              "5 analytics", "6 change log", "7 outbox claims", "9 rule switches", "10 learning", "11 knowledge", "15 competence claims");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void appliesNothingTheSecondTime(TestDatabase database) throws SQLException {
    try (TestDatabase.IsolatedSchema schema = database.createSchema()) {
      CopSchema.migrate(schema.dataSource());
      List<String> history = applied(copkit(schema));

      CopSchema.migrate(schema.dataSource());

      assertThat(applied(copkit(schema))).isEqualTo(history);
      assertThat(versions(copkit(schema)))
          .containsExactly(
              "1 communities", "2 audit trail and outbox", "3 discussions", "4 moderation", "5 analytics", "6 change log",
              "7 outbox claims", "9 rule switches", "10 learning", "11 knowledge", "15 competence claims");
    }
  }

  @Test
  void saysWhatToAddWhenFlywayIsMissing() throws Exception {
    URL adapterClasses = CopSchema.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader withoutFlyway = new URLClassLoader(new URL[] {adapterClasses}, ClassLoader.getPlatformClassLoader())) {
      Method migrate = withoutFlyway.loadClass(CopSchema.class.getName()).getMethod("migrate", DataSource.class);

      assertThatThrownBy(() -> migrate.invoke(null, new JdbcDataSource()))
          .isInstanceOf(InvocationTargetException.class)
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("needs Flyway")
          .hasMessageContaining("org.flywaydb:flyway-core");
    }
  }

  /** CoPKit's history, read through Flyway. */
  private static Flyway copkit(TestDatabase.IsolatedSchema schema) {
    return Flyway.configure().dataSource(schema.dataSource()).table(CopSchema.HISTORY_TABLE).load();
  }

  /** @return every applied migration as version and description */
  private static List<String> versions(Flyway flyway) {
    return Arrays.stream(flyway.info().applied()).map(migration -> migration.getVersion() + " " + migration.getDescription()).toList();
  }

  /** @return every applied migration as version, description, checksum and installation time */
  private static List<String> applied(Flyway flyway) {
    return Arrays.stream(flyway.info().applied())
        .map(
            migration ->
                migration.getVersion() + " " + migration.getDescription()
                    + (migration.getChecksum() == null ? "" : " #" + migration.getChecksum())
                    + " @" + migration.getInstalledOn().getTime())
        .toList();
  }

  private static List<List<Object>> rows(DataSource dataSource, String query) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int column = 1; column <= columns; column++) {
          row.add(result.getObject(column));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
