package org.copkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.spring.CopKitAutoConfigurationTest.awaitTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.copkit.api.community.Community;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.shared.Directory;
import org.copkit.core.CopPlatform;
import org.copkit.jpa.JpaStorage;
import org.copkit.jpa.OutboxMessage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter on PostgreSQL, in a schema of its own: migrated with CoPKit's history table, the
 * platform's writes kept, the outbox relayed and the moderation queue sampled. Runs when {@code
 * COPKIT_TEST_POSTGRES_URL} is set; fails without it when {@code COPKIT_REQUIRE_DATABASES=true}.
 */
class CopKitOnPostgresTest {

  @Test
  void theStarterRunsOnPostgres() throws Exception {
    String url = System.getenv("COPKIT_TEST_POSTGRES_URL");
    if (url == null) {
      if (Boolean.parseBoolean(System.getenv("COPKIT_REQUIRE_DATABASES"))) {
        throw new AssertionError("COPKIT_TEST_POSTGRES_URL not set, but COPKIT_REQUIRE_DATABASES=true");
      }
      Assumptions.assumeTrue(false, "COPKIT_TEST_POSTGRES_URL not set: the starter's PostgreSQL test skipped");
    }
    String schema = "copkit_starter_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(url, "CREATE SCHEMA " + schema);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    config.setMaximumPoolSize(4);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      List<OutboxMessage> delivered = new CopyOnWriteArrayList<>();
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(CopKitAutoConfiguration.class))
          .withPropertyValues("copkit.monitor.interval=20ms", "copkit.outbox.relay.interval=20ms")
          .withBean(Directory.class, CopKitAutoConfigurationTest::directory)
          .withBean(DataSource.class, () -> dataSource)
          .withBean(OutboxDelivery.class, () -> delivered::add)
          .run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(JpaStorage.class);
            assertThat(context.getBean(CopKitChangeListener.class).listening()).isTrue();
            CopPlatform platform = context.getBean(CopPlatform.class);
            Community community = CopKitAutoConfigurationTest.openCommunity(platform);
            assertThat(CopKitAutoConfigurationTest.newcomerAsks(platform, community)).isInstanceOf(PostOutcome.Held.class);
            awaitTrue(() -> delivered.stream().anyMatch(m -> m.eventType().equals("CommunityCreated")),
                "the community's creation relayed");
            CopKitMonitor monitor = context.getBean(CopKitMonitor.class);
            awaitTrue(() -> monitor.moderationQueueSize().orElse(0L) == 1L, "the held question in the queue");
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM cop_schema_history WHERE success")) {
              rows.next();
              assertThat(rows.getLong(1)).as("CoPKit's own Flyway history").isPositive();
            }
          });
    } finally {
      execute(url, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  /**
   * Two nodes on one schema, polling only every minute: a thread started on one shows in a
   * member's feed on the other within seconds, woken by PostgreSQL's NOTIFY.
   */
  @Test
  void anotherNodesThreadReachesTheFeedWithoutWaitingForThePoll() throws Exception {
    String url = requireUrl();
    String schema = "copkit_starter_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(url, "CREATE SCHEMA " + schema);
    try (HikariDataSource nodeA = pool(url, schema); HikariDataSource nodeB = pool(url, schema);
        HikariDataSource nodeC = pool(url, schema)) {
      ApplicationContextRunner node = new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(CopKitAutoConfiguration.class))
          .withPropertyValues("copkit.feed.catch-up-interval=60s", "copkit.catch-up.enabled=false",
              "copkit.outbox.relay.enabled=false")
          .withBean(Directory.class, CopKitAutoConfigurationTest::directory);
      node.withBean(DataSource.class, () -> nodeA).run(a -> {
        assertThat(a).hasNotFailed();
        CopPlatform writer = a.getBean(CopPlatform.class);
        Community community = CopKitAutoConfigurationTest.openCommunity(writer);
        writer.joining().join(CopKitAutoConfigurationTest.LAIA, community.id(), "");
        node.withBean(DataSource.class, () -> nodeB).run(b -> {
          assertThat(b).hasNotFailed();
          CopPlatform reader = b.getBean(CopPlatform.class);
          assertThat(reader.feed().feed(CopKitAutoConfigurationTest.LAIA, FeedQuery.first(10)).items()).isEmpty();
          writer.discussions().start(CopKitAutoConfigurationTest.JORDI,
              StartThread.discussion(community.id(), "Calendari", "Dijous 12"));
          long started = System.nanoTime();
          awaitTrue(() -> !reader.feed().feed(CopKitAutoConfigurationTest.LAIA, FeedQuery.first(10)).items().isEmpty(),
              "the thread in Laia's feed on the other node");
          assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
              .as("well before the next poll, a minute away").isLessThan(java.time.Duration.ofSeconds(20));
        });
        // the control: a node that does not listen waits for its poll
        // (each context closes its DataSource bean: a pool per node)
        node.withBean(DataSource.class, () -> nodeC).withPropertyValues("copkit.jpa.listen-for-changes=false").run(b -> {
          assertThat(b).doesNotHaveBean(CopKitChangeListener.class);
          CopPlatform deaf = b.getBean(CopPlatform.class);
          int before = deaf.feed().feed(CopKitAutoConfigurationTest.LAIA, FeedQuery.first(10)).items().size();
          writer.discussions().start(CopKitAutoConfigurationTest.JORDI,
              StartThread.discussion(community.id(), "Acta", "Acta de la trobada"));
          Thread.sleep(3_000);
          assertThat(deaf.feed().feed(CopKitAutoConfigurationTest.LAIA, FeedQuery.first(10)).items())
              .as("not before its poll, a minute away").hasSize(before);
        });
      });
    } finally {
      execute(url, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static String requireUrl() {
    String url = System.getenv("COPKIT_TEST_POSTGRES_URL");
    if (url == null) {
      if (Boolean.parseBoolean(System.getenv("COPKIT_REQUIRE_DATABASES"))) {
        throw new AssertionError("COPKIT_TEST_POSTGRES_URL not set, but COPKIT_REQUIRE_DATABASES=true");
      }
      Assumptions.assumeTrue(false, "COPKIT_TEST_POSTGRES_URL not set: the starter's PostgreSQL test skipped");
    }
    return url;
  }

  private static HikariDataSource pool(String url, String schema) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    config.setMaximumPoolSize(4);
    return new HikariDataSource(config);
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
