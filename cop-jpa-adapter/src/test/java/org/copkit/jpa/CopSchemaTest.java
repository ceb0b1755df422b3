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
              "5 analytics", "6 change log", "7 outbox claims", "9 rule switches", "10 learning", "11 knowledge",
              "12 knowledge curation", "13 knowledge freshness", "14 production", "15 competence claims", "16 portfolios", "17 post components",
              "18 report pass index", "19 search", "22 knowledge feedback", "23 knowledge files",
              "24 learning event cancellation", "25 completion source", "28 privacy",
              "31 contribution summary", "33 retention", "34 thread competences", "35 item comment hidden", "36 attention",
              "37 question answer times", "38 search diffusions", "39 channel topics", "40 digest claims");
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
              "7 outbox claims", "9 rule switches", "10 learning", "11 knowledge", "12 knowledge curation", "13 knowledge freshness", "14 production", "15 competence claims", "16 portfolios",
              "17 post components", "18 report pass index", "19 search", "22 knowledge feedback", "23 knowledge files",
              "24 learning event cancellation", "25 completion source", "28 privacy",
              "31 contribution summary", "33 retention", "34 thread competences", "35 item comment hidden", "36 attention",
              "37 question answer times", "38 search diffusions", "39 channel topics", "40 digest claims");
    }
  }

  /**
   * Migration V17 stores each post's CoP component; the posts written before it get the built-in
   * classification, by the kind of their thread, their role in it and their audience.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void givesThePostsWrittenBeforeComponentsWereStoredTheBuiltInClassification(TestDatabase database) throws SQLException {
    try (TestDatabase.IsolatedSchema schema = database.createSchema()) {
      String location = "classpath:" + CopSchema.MIGRATIONS + "/" + database.name().toLowerCase(java.util.Locale.ROOT)
          .replace("postgres", "postgresql");
      Flyway before = Flyway.configure().dataSource(schema.dataSource()).table(CopSchema.HISTORY_TABLE).locations(location)
          .load();
      org.flywaydb.core.api.MigrationVersion v17 = org.flywaydb.core.api.MigrationVersion.fromVersion("17");
      org.flywaydb.core.api.MigrationVersion last = Arrays.stream(before.info().all())
          .map(org.flywaydb.core.api.MigrationInfo::getVersion).filter(version -> version.compareTo(v17) < 0)
          .max(Comparable::compareTo).orElseThrow();
      Flyway.configure().dataSource(schema.dataSource()).table(CopSchema.HISTORY_TABLE).locations(location)
          .target(last).load().migrate();
      thread(schema, "t-discussion", "DISCUSSION", "COMMUNITY", "p-1");
      thread(schema, "t-working-group", "DISCUSSION", "CORE", "p-4");
      thread(schema, "t-question", "QUESTION", "COMMUNITY", "p-5");
      thread(schema, "t-announcement", "ANNOUNCEMENT", "COMMUNITY", "p-8");
      post(schema, "p-1", "t-discussion", "COMMUNITY", null);
      post(schema, "p-2", "t-discussion", "COMMUNITY", null);
      post(schema, "p-3", "t-discussion", "COMMUNITY", "p-2");
      post(schema, "p-4", "t-working-group", "CORE", null);
      post(schema, "p-5", "t-question", "COMMUNITY", null);
      post(schema, "p-6", "t-question", "COMMUNITY", null);
      post(schema, "p-7", "t-question", "COMMUNITY", "p-6");
      post(schema, "p-8", "t-announcement", "COMMUNITY", null);
      post(schema, "p-9", "t-gone", "COMMUNITY", null);

      CopSchema.migrate(schema.dataSource());

      assertThat(rows(schema.dataSource(), "SELECT id, component FROM cop_post ORDER BY id")).containsExactly(
          List.of("p-1", "KNOW_HOW"), List.of("p-2", "KNOW_HOW"), List.of("p-3", "KNOW_HOW"), List.of("p-4", "PRODUCTION"),
          List.of("p-5", "LEARNING"), List.of("p-6", "KNOW_HOW"), List.of("p-7", "LEARNING"), List.of("p-8", "ANTENNA"),
          List.of("p-9", "KNOW_HOW"));
    }
  }

  private static void thread(TestDatabase.IsolatedSchema schema, String id, String kind, String audience, String opening)
      throws SQLException {
    try (Connection connection = schema.dataSource().getConnection();
        java.sql.PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO cop_thread (id, community_id, kind, audience, title, author, opening_post_id, tags, created_at,"
                + " last_activity_at, status, state, is_pinned, replies, version)"
                + " VALUES (?, 'c', ?, ?, 'Fil', 'ana', ?, '', ?, ?, 'OPEN', 'PUBLISHED', FALSE, 0, 0)")) {
      insert.setString(1, id);
      insert.setString(2, kind);
      insert.setString(3, audience);
      insert.setString(4, opening);
      insert.setObject(5, java.sql.Timestamp.from(java.time.Instant.parse("2026-01-01T00:00:00Z")));
      insert.setObject(6, java.sql.Timestamp.from(java.time.Instant.parse("2026-01-01T00:00:00Z")));
      insert.executeUpdate();
    }
  }

  private static void post(TestDatabase.IsolatedSchema schema, String id, String thread, String audience, String inReplyTo)
      throws SQLException {
    try (Connection connection = schema.dataSource().getConnection();
        java.sql.PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO cop_post (id, thread_id, community_id, audience, in_reply_to, author, body, html, created_at,"
                + " revision, state, statement_of_reasons, version) VALUES (?, ?, 'c', ?, ?, 'ana', 'x', 'x', ?, 1,"
                + " 'PUBLISHED', '', 0)")) {
      insert.setString(1, id);
      insert.setString(2, thread);
      insert.setString(3, audience);
      insert.setString(4, inReplyTo);
      insert.setObject(5, java.sql.Timestamp.from(java.time.Instant.parse("2026-01-01T00:00:00Z")));
      insert.executeUpdate();
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
