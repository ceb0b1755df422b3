package org.copkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityQueries;
import org.copkit.api.community.JoinOutcome;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.knowledge.KnowledgeCuration;
import org.copkit.api.search.Search;
import org.copkit.api.search.SearchHit;
import org.copkit.api.search.SearchQuery;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.jpa.JpaStorage;
import org.copkit.jpa.OutboxMessage;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Every condition of the auto-configuration, on real contexts: which beans appear, which back off
 * for the host's, what fails and how it is explained, on the in-memory storage and on H2 through
 * JPA with CoPKit's own Flyway history. The same class runs on Spring Boot 3 (this module) and on
 * Spring Boot 4 (boot4-tests), so it reaches the health indicator by reflection.
 */
class CopKitAutoConfigurationTest {

  static final MemberId JORDI = MemberId.of("jordi.casals");
  static final MemberId ORIOL = MemberId.of("oriol.serra");
  static final MemberId LAIA = MemberId.of("laia.pons");

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CopKitAutoConfiguration.class))
      .withPropertyValues("copkit.monitor.interval=20ms", "copkit.catch-up.interval=20ms",
          "copkit.outbox.relay.interval=20ms");

  private final ApplicationContextRunner withDirectory =
      runner.withBean(Directory.class, CopKitAutoConfigurationTest::directory);

  static InMemoryDirectory directory() {
    return InMemoryDirectory.of(
        Person.active(JORDI, "Jordi Casals", "Servei de Mediació Penal"),
        Person.active(ORIOL, "Oriol Serra", "Centre Penitenciari Brians"),
        Person.active(LAIA, "Laia Pons", "Oficina d'Atenció a la Víctima"));
  }

  static JdbcDataSource h2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:starter_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    return dataSource;
  }

  static Community openCommunity(CopPlatform platform) {
    return platform.lifecycle().create(JORDI, new CommunityDetails(
        "Mediació penal", "Victim-offender mediation", "Share cases and good practices", Visibility.OPEN));
  }

  /** Oriol joins and asks a first question, which pre-moderation of newcomers holds. */
  static PostOutcome newcomerAsks(CopPlatform platform, Community community) {
    assertThat(platform.joining().join(ORIOL, community.id(), "m'interessa")).isInstanceOf(JoinOutcome.Joined.class);
    return platform.discussions().start(ORIOL, StartThread.question(community.id(),
        "Es pot derivar un cas?", "Tinc un cas al centre.", Set.of("derivació")));
  }

  // --- the directory ---

  @Test
  void withoutADirectoryTheStartUpFailsAndTheAnalyzerNamesWhatIsMissing() {
    runner.run(context -> {
      assertThat(context).hasFailed();
      Throwable failure = context.getStartupFailure();
      FailureAnalysis analysis = analyzers().stream()
          .map(analyzer -> analyzer.analyze(failure))
          .filter(found -> found != null)
          .findFirst()
          .orElseThrow(() -> new AssertionError("no failure analyzer explained " + failure));
      assertThat(analysis.getDescription()).contains("org.copkit.api.shared.Directory");
      assertThat(analysis.getAction()).contains("Declare a bean that implements org.copkit.api.shared.Directory");
    });
  }

  @Test
  void theAnalyzerIsRegisteredAndLeavesOtherFailuresAlone() {
    assertThat(analyzers()).anyMatch(analyzer -> analyzer instanceof MissingDirectoryFailureAnalyzer);
    assertThat(new MissingDirectoryFailureAnalyzer().analyze(new IllegalStateException("something else"))).isNull();
  }

  private static List<FailureAnalyzer> analyzers() {
    // Spring Boot's own analyzers need a bean factory: only those that can start alone are loaded here
    return SpringFactoriesLoader.forDefaultResourceLocation(CopKitAutoConfigurationTest.class.getClassLoader())
        .load(FailureAnalyzer.class, (type, implementation, failure) -> {});
  }

  // --- storage ---

  @Test
  void withoutADataSourceThePlatformKeepsItsDataInMemory() {
    withDirectory.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(CopPlatform.class).hasSingleBean(InMemoryStorage.class)
          .doesNotHaveBean(JpaStorage.class).doesNotHaveBean(OutboxRelayTask.class);
      CopPlatform platform = context.getBean(CopPlatform.class);
      Community community = openCommunity(platform);
      InMemoryStorage storage = context.getBean(InMemoryStorage.class);
      assertThat(storage.transactions().inTransaction(() -> storage.communities().find(community.id())))
          .as("the platform writes to the storage bean").isPresent();
    });
  }

  @Test
  void onTheHostsDataSourceTheSchemaIsMigratedWithItsOwnHistoryAndTheDataOutlivesTheContext() throws Exception {
    JdbcDataSource dataSource = h2();
    CommunityHolder created = new CommunityHolder();
    withDirectory.withBean(DataSource.class, () -> dataSource).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(JpaStorage.class).hasSingleBean(CopKitSchemaMigration.class)
          .doesNotHaveBean(InMemoryStorage.class);
      assertThat(context.getBean(CopKitChangeListener.class).listening()).as("LISTEN is for PostgreSQL only").isFalse();
      created.community = openCommunity(context.getBean(CopPlatform.class));
    });
    assertThat(tableExists(dataSource, "cop_schema_history")).isTrue();
    assertThat(count(dataSource, "select count(*) from \"cop_schema_history\" where \"success\"")).isPositive();
    assertThat(count(dataSource, "select count(*) from cop_community")).isEqualTo(1);

    // a second start on the same database: the migration finds nothing to do, the data is there
    withDirectory.withBean(DataSource.class, () -> dataSource).run(context -> {
      assertThat(context).hasNotFailed();
      Community read = context.getBean(CommunityQueries.class).community(JORDI, created.community.id());
      assertThat(read.name()).isEqualTo("Mediació penal");
    });
  }

  private static final class CommunityHolder {
    Community community;
  }

  @Test
  void withMigrationOffTheStarterLeavesTheSchemaToTheHost() {
    JdbcDataSource dataSource = h2();
    withDirectory.withBean(DataSource.class, () -> dataSource).withPropertyValues("copkit.jpa.migrate=false")
        .run(context -> {
          assertThat(context).doesNotHaveBean(CopKitSchemaMigration.class);
          assertThat(tableExists(dataSource, "cop_schema_history")).isFalse();
        });
  }

  @Test
  void withJpaOffOrSeveralDataSourcesTheStorageIsInMemory() {
    withDirectory.withBean(DataSource.class, CopKitAutoConfigurationTest::h2).withPropertyValues("copkit.jpa.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(InMemoryStorage.class)
            .doesNotHaveBean(JpaStorage.class));
    withDirectory.withBean("one", DataSource.class, CopKitAutoConfigurationTest::h2)
        .withBean("two", DataSource.class, CopKitAutoConfigurationTest::h2)
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(InMemoryStorage.class)
            .doesNotHaveBean(JpaStorage.class));
  }

  // --- the host's beans win ---

  @Test
  void theHostsStorageIsUsed() {
    InMemoryStorage hosts = InMemoryStorage.create();
    withDirectory.withBean(CopStorage.class, () -> hosts).withBean(DataSource.class, CopKitAutoConfigurationTest::h2)
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(JpaStorage.class).doesNotHaveBean(CopKitPersistenceUnit.class);
          assertThat(context.getBean(CopStorage.class)).isSameAs(hosts);
          Community community = openCommunity(context.getBean(CopPlatform.class));
          assertThat(hosts.transactions().inTransaction(() -> hosts.communities().find(community.id()))).isPresent();
        });
  }

  @Test
  void theHostsPlatformAndUseCasesWin() {
    CopPlatform hosts = CopPlatform.builder().directory(directory()).build();
    Feed hostsFeed = hosts.feed();
    withDirectory.withBean(CopPlatform.class, () -> hosts).withBean(Feed.class, () -> hostsFeed).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(CopPlatform.class).hasSingleBean(Feed.class);
      assertThat(context.getBean(CopPlatform.class)).isSameAs(hosts);
      assertThat(context.getBean(Feed.class)).isSameAs(hostsFeed);
      Community community = openCommunity(hosts);
      assertThat(context.getBean(CommunityQueries.class).community(JORDI, community.id()).id())
          .as("the use-case beans come from the host's platform").isEqualTo(community.id());
    });
    hosts.close();
  }

  @Test
  void customizersAdjustTheBuilder() {
    Instant fixed = Instant.parse("2026-03-01T09:00:00Z");
    withDirectory.withBean(CopPlatformCustomizer.class,
            () -> builder -> builder.clock(java.time.Clock.fixed(fixed, java.time.ZoneOffset.UTC)))
        .withPropertyValues("copkit.auto-activate=false")
        .run(context -> {
          Community community = openCommunity(context.getBean(CopPlatform.class));
          assertThat(community.createdAt()).isEqualTo(fixed);
          assertThat(community.stage().name()).as("copkit.auto-activate=false").isEqualTo("PROPOSED");
        });
  }

  // --- the outbox relay ---

  @Test
  void theRelayPublishesTheOutboxAsApplicationEventsByDefault() {
    List<OutboxMessage> received = new CopyOnWriteArrayList<>();
    withDirectory.withBean(DataSource.class, CopKitAutoConfigurationTest::h2)
        .withBean("listener", ApplicationListener.class, () -> (ApplicationListener<PayloadApplicationEvent<?>>) event -> {
          if (event.getPayload() instanceof OutboxMessage message) {
            received.add(message);
          }
        })
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(OutboxRelayTask.class);
          Community community = openCommunity(context.getBean(CopPlatform.class));
          awaitTrue(() -> received.stream().anyMatch(m -> m.scope().equals(java.util.Optional.of(community.id().toString()))),
              "the community's events delivered");
          awaitTrue(() -> context.getBean(JpaStorage.class).outbox().fetchUnpublished(10).isEmpty(),
              "delivered messages marked published");
        });
  }

  @Test
  void theHostsDeliveryReceivesTheMessagesAndARelayOffLeavesThemWaiting() {
    List<OutboxMessage> received = new CopyOnWriteArrayList<>();
    withDirectory.withBean(DataSource.class, CopKitAutoConfigurationTest::h2)
        .withBean(OutboxDelivery.class, () -> received::add)
        .run(context -> {
          openCommunity(context.getBean(CopPlatform.class));
          awaitTrue(() -> !received.isEmpty(), "a message delivered to the host's OutboxDelivery");
        });
    withDirectory.withBean(DataSource.class, CopKitAutoConfigurationTest::h2)
        .withPropertyValues("copkit.outbox.relay.enabled=false")
        .run(context -> {
          assertThat(context).doesNotHaveBean(OutboxRelayTask.class).doesNotHaveBean(OutboxDelivery.class);
          openCommunity(context.getBean(CopPlatform.class));
          Thread.sleep(200);
          assertThat(context.getBean(JpaStorage.class).outbox().fetchUnpublished(10)).isNotEmpty();
        });
  }

  // --- metrics ---

  @Test
  void withARegistryTheMetersReportFeedLatencyQueuesLagsAndAddOns() {
    withDirectory.withBean(DataSource.class, CopKitAutoConfigurationTest::h2)
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues("copkit.outbox.relay.enabled=false")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(CopKitMeters.class);
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          CopPlatform platform = context.getBean(CopPlatform.class);
          Community community = openCommunity(platform);
          assertThat(newcomerAsks(platform, community)).isInstanceOf(PostOutcome.Held.class);

          context.getBean(Feed.class).feed(JORDI, FeedQuery.first(10));
          assertThat(registry.get("copkit.feed.latency").tag("operation", "page").timer().count()).isEqualTo(1);

          awaitTrue(() -> registry.get("copkit.moderation.queue.size").gauge().value() == 1.0,
              "the held question counted in the moderation queue");
          assertThat(registry.get("copkit.moderation.queue.age").gauge().value()).isGreaterThanOrEqualTo(0.0);
          awaitTrue(() -> registry.get("copkit.outbox.lag").gauge().value() > 0.0,
              "undelivered events age while no relay runs");
          awaitTrue(() -> registry.get("copkit.catchup.duration").timer().count() > 0, "catch-ups timed");
          assertThat(registry.get("copkit.catchup.lag").gauge().value()).isLessThan(5.0);
          assertThat(registry.get("copkit.addon.calls").meters())
              .as("one counter per add-on of the platform").hasSize(platform.addOnStats().size());
          double ruleCalls = registry.get("copkit.addon.calls").tag("kind", "moderation-rule").functionCounters()
              .stream().mapToDouble(c -> c.count()).sum();
          assertThat(ruleCalls).as("the built-in rules ran on the question").isPositive();
        });
  }

  @Test
  void withARegistrySearchesAreTimedIncludingThoseRefused() {
    withDirectory.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(Search.class);
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      CopPlatform platform = context.getBean(CopPlatform.class);
      Community community = openCommunity(platform);
      platform.discussions().start(JORDI, StartThread.discussion(community.id(), "Criteris de derivació",
          "Quins criteris feu servir per derivar?"));
      Search search = context.getBean(Search.class);
      assertThat(search).isNotSameAs(platform.search());

      assertThat(search.search(JORDI, SearchQuery.of("derivar")).hits().items()).extracting(SearchHit::title)
          .as("the timed search is the platform's").containsExactly("Criteris de derivació");
      assertThat(registry.get("copkit.search.latency").timer().count()).isEqualTo(1);
      assertThat(registry.get("copkit.search.latency").timer().totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))
          .isPositive();

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.search(MemberId.of("nobody"), SearchQuery.of("x")))
          .isInstanceOf(AccessDeniedException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.search(JORDI, null))
          .isInstanceOf(InvalidInputException.class);
      assertThat(registry.get("copkit.search.latency").timer().count()).as("refused searches are timed too").isEqualTo(3);
    });
  }

  @Test
  void theHostsSearchIsNotTimed() {
    CopPlatform hosts = CopPlatform.builder().directory(directory()).build();
    Search hostsSearch = hosts.search();
    withDirectory.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withBean(Search.class, () -> hostsSearch)
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(Search.class);
          assertThat(context.getBean(Search.class)).isSameAs(hostsSearch);
          context.getBean(Search.class).search(JORDI, SearchQuery.of("mediació"));
          assertThat(context.getBean(MeterRegistry.class).get("copkit.search.latency").timer().count()).isZero();
        });
    hosts.close();
  }

  @Test
  void withoutARegistryThereAreNoMetersAndTheFeedIsThePlatformsOwn() {
    withDirectory.run(context -> {
      assertThat(context).doesNotHaveBean(CopKitMeters.class);
      assertThat(context.getBean(Feed.class)).isSameAs(context.getBean(CopPlatform.class).feed());
      assertThat(context.getBean(Search.class)).isSameAs(context.getBean(CopPlatform.class).search());
      assertThat(context).hasSingleBean(KnowledgeCuration.class);
    });
  }

  // --- health ---

  @Test
  void theHealthIsUpWhileTheNodeCatchesUpAndTheOutboxIsDelivered() {
    withDirectory.withBean(DataSource.class, CopKitAutoConfigurationTest::h2).run(context -> {
      openCommunity(context.getBean(CopPlatform.class));
      awaitTrue(() -> context.getBean(JpaStorage.class).outbox().fetchUnpublished(1).isEmpty(), "relayed");
      awaitTrue(() -> health(context).status().equals("UP") && health(context).details().containsKey("outboxLagMillis"),
          "UP with the outbox sampled");
    });
  }

  @Test
  void theHealthIsDownWhenNothingCatchesUpOrTheOutboxIsStuck() {
    withDirectory.withBean(DataSource.class, CopKitAutoConfigurationTest::h2)
        .withPropertyValues("copkit.catch-up.enabled=false", "copkit.outbox.relay.enabled=false",
            "copkit.health.catch-up-lag-threshold=1s", "copkit.health.outbox-lag-threshold=1s")
        .run(context -> {
          openCommunity(context.getBean(CopPlatform.class));
          awaitTrue(() -> health(context).status().equals("DOWN")
                  && health(context).details().containsKey("catchUp") && health(context).details().containsKey("outbox"),
              "DOWN for both lags");
        });
  }

  @Test
  void theHealthIndicatorCanBeTurnedOff() {
    withDirectory.withPropertyValues("copkit.health.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("copkitHealthIndicator"));
    withDirectory.run(context -> assertThat(context).hasBean("copkitHealthIndicator"));
  }

  record HealthView(String status, Map<String, Object> details) {}

  /** The indicator's health through whichever actuator API this Spring Boot has. */
  @SuppressWarnings("unchecked")
  static HealthView health(AssertableApplicationContext context) {
    try {
      Object indicator = context.getBean("copkitHealthIndicator");
      Object health = indicator.getClass().getMethod("health").invoke(indicator);
      Method status = health.getClass().getMethod("getStatus");
      String code = (String) status.getReturnType().getMethod("getCode").invoke(status.invoke(health));
      return new HealthView(code, (Map<String, Object>) health.getClass().getMethod("getDetails").invoke(health));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  // --- properties ---

  @Test
  void valuesOutOfRangeStopTheStartUpNamingTheProperty() {
    withDirectory.withPropertyValues("copkit.feed.catch-up-interval=0ms").run(context -> {
      assertThat(context).hasFailed();
      assertThat(messages(context.getStartupFailure())).contains("copkit.feed.catch-up-interval must be from");
    });
    withDirectory.withPropertyValues("copkit.outbox.relay.batch-size=5000", "copkit.health.outbox-lag-threshold=0s")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(messages(context.getStartupFailure()))
              .contains("copkit.outbox.relay.batch-size must be from 1 to 1000, was 5000")
              .contains("copkit.health.outbox-lag-threshold must be from");
        });
  }

  @Test
  void validValuesReachThePlatformAndTheScheduler() {
    withDirectory.withPropertyValues("copkit.feed.seen-limit=50", "copkit.outbox.relay.name=node-a",
            "copkit.outbox.relay.lease=30s")
        .withBean(DataSource.class, CopKitAutoConfigurationTest::h2)
        .run(context -> {
          assertThat(context).hasNotFailed();
          CopKitProperties properties = context.getBean(CopKitProperties.class);
          assertThat(properties.getFeed().getSeenLimit()).isEqualTo(50);
          assertThat(context.getBean(OutboxRelayTask.class).relay().name()).isEqualTo("node-a");
          assertThat(context.getBean(OutboxRelayTask.class).relay().lease()).isEqualTo(Duration.ofSeconds(30));
          assertThat(context.getBean(CopKitScheduler.class).isRunning()).isTrue();
        });
  }

  @Test
  void theConfigurationMetadataDescribesEveryProperty() throws Exception {
    try (var in = CopKitProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("generated by spring-boot-configuration-processor").isNotNull();
      String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(json).contains("\"copkit.feed.catch-up-interval\"", "\"copkit.outbox.relay.batch-size\"",
          "\"copkit.health.outbox-lag-threshold\"", "\"copkit.jpa.migrate\"", "The most messages one run delivers");
    }
  }

  // --- helpers ---

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
      if (t instanceof org.springframework.boot.context.properties.bind.validation.BindValidationException bind) {
        bind.getValidationErrors().forEach(error -> all.append(error.getDefaultMessage()).append('\n'));
      }
    }
    return all.toString();
  }

  interface Check {
    boolean holds() throws Exception;
  }

  static void awaitTrue(Check check, String what) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!check.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 20 s: " + what);
      }
      Thread.sleep(20);
    }
  }

  private static long count(DataSource dataSource, String sql) throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static boolean tableExists(DataSource dataSource, String table) throws Exception {
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.getMetaData().getTables(null, null, table, null)) {
      return rows.next();
    }
  }
}
