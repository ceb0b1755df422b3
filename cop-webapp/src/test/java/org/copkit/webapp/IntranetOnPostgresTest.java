package org.copkit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunitySearch;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.CopPlatform;
import org.copkit.jpa.JpaStorage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The intranet on PostgreSQL with one property, {@code spring.datasource.url}: CoPKit's tables are
 * migrated there and the demo data goes in. Runs when {@code COPKIT_TEST_POSTGRES_URL} is set
 * (in a schema of its own, dropped afterwards); fails without it when {@code
 * COPKIT_REQUIRE_DATABASES=true}.
 */
class IntranetOnPostgresTest {

  @Test
  void oneProperty() throws Exception {
    String url = System.getenv("COPKIT_TEST_POSTGRES_URL");
    if (url == null) {
      if (Boolean.parseBoolean(System.getenv("COPKIT_REQUIRE_DATABASES"))) {
        throw new AssertionError("COPKIT_TEST_POSTGRES_URL not set, but COPKIT_REQUIRE_DATABASES=true");
      }
      Assumptions.assumeTrue(false, "COPKIT_TEST_POSTGRES_URL not set: the intranet's PostgreSQL test skipped");
    }
    String schema = "copkit_intranet_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(url, "CREATE SCHEMA " + schema);
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IntranetApplication.class)
        .run("--server.port=0", "--spring.datasource.url=" + schemaUrl)) {
      assertThat(context.getBean(JpaStorage.class)).isNotNull();
      CopPlatform platform = context.getBean(CopPlatform.class);
      assertThat(platform.communityQueries()
              .communities(DemoPeople.NURIA, CommunitySearch.all(PageRequest.first(10))).items())
          .extracting(Community::name).containsExactlyInAnyOrder("Mediació penal", "Justícia juvenil");
    } finally {
      execute(url, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
