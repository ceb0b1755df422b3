package org.copkit.benchmarks.portfolio;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.portfolio.CreatePage;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.portfolio.PageAudience;
import org.copkit.api.portfolio.PortfolioPageId;
import org.copkit.api.portfolio.SharePage;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.jpa.CopSchema;
import org.copkit.jpa.JpaStorage;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the portfolio workload lives: the JPA storage on H2 (in memory) or on PostgreSQL ({@value
 * #POSTGRES_URL}; a schema of its own, dropped afterwards, both contenders reading it through one
 * HikariCP pool, as a host would). Filled with JDBC batches after {@link
 * CopSchema#migrate}; CoPKit reads it through Hibernate, the alternative through JDBC.
 */
public enum PortfolioStorage {

  /** {@code JpaStorage} on an in-memory H2 database. */
  H2 {
    @Override
    Prepared prepare(PortfolioWorkload workload) throws SQLException {
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:mem:copkit-portfolio-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      return new Prepared(dataSource, workload, () -> execute(dataSource, "SHUTDOWN"));
    }
  },

  /** {@code JpaStorage} on PostgreSQL, in a schema of its own. */
  POSTGRESQL {
    @Override
    Prepared prepare(PortfolioWorkload workload) throws SQLException {
      String url = System.getenv(POSTGRES_URL);
      if (url == null) {
        throw new IllegalStateException(POSTGRES_URL + " is not set: no PostgreSQL to measure");
      }
      String schema = "copkit_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      PGSimpleDataSource admin = new PGSimpleDataSource();
      admin.setURL(url);
      execute(admin, "CREATE SCHEMA " + schema);
      // A pool, as every host has: both contenders take their connection from it, so neither pays
      // for opening a PostgreSQL connection (a new server process) on every operation.
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setSchema(schema);
      config.setMaximumPoolSize(4);
      config.setPoolName("portfolio-benchmark");
      HikariDataSource pool = new HikariDataSource(config);
      return new Prepared(pool, workload, () -> {
        pool.close();
        execute(admin, "DROP SCHEMA " + schema + " CASCADE");
      });
    }
  };

  /** The environment variable with PostgreSQL's JDBC URL. */
  static final String POSTGRES_URL = "COPKIT_BENCH_POSTGRES_URL";

  abstract Prepared prepare(PortfolioWorkload workload) throws Exception;

  static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** What to do when the database is closed. */
  @FunctionalInterface
  interface Cleanup {
    void run() throws SQLException;
  }

  /** A database, migrated and filled, with the owner's page shared with the first CLOSED community. */
  static final class Prepared implements AutoCloseable {

    private static final int BATCH = 5_000;

    private final DataSource dataSource;
    private final PortfolioWorkload w;
    private final EntityManagerFactory entityManagerFactory;
    private final CopPlatform platform;
    private final Cleanup cleanup;
    final PortfolioPageId page;
    final List<String> pageKeys;

    Prepared(DataSource dataSource, PortfolioWorkload workload, Cleanup cleanup) throws SQLException {
      this.dataSource = dataSource;
      this.w = workload;
      this.cleanup = cleanup;
      CopSchema.migrate(dataSource);
      this.entityManagerFactory = Persistence.createEntityManagerFactory("copkit",
          Map.of("jakarta.persistence.nonJtaDataSource", dataSource, "hibernate.hbm2ddl.auto", "validate"));
      JpaStorage storage = JpaStorage.create(entityManagerFactory);
      storage.transactions().inTransaction(() -> {
        for (int c = 0; c < w.communities.length; c++) {
          storage.communities().add(new Community(w.communities[c], "Comunitat " + c, "Domini", "", w.visibilities[c],
              Stage.ACTIVE, PortfolioWorkload.FOUNDER, PortfolioWorkload.START, PortfolioWorkload.START, 0));
          storage.memberships().add(Membership.of(w.communities[c], PortfolioWorkload.OWNER, Tier.CORE, PortfolioWorkload.START));
          if (w.visibilities[c] != Visibility.SECRET) {
            storage.memberships().add(Membership.of(w.communities[c], PortfolioWorkload.READER, Tier.PARTICIPANT,
                PortfolioWorkload.START));
          }
        }
        return null;
      });
      fill();
      // Statistics for the planner, as a live database has them (autovacuum would gather them later).
      execute(dataSource, "ANALYZE");
      this.platform = CopPlatform.builder()
          .directory(InMemoryDirectory.of(
              Person.active(PortfolioWorkload.OWNER, "Marta Roca", "Mediació"),
              Person.active(PortfolioWorkload.READER, "Oriol Serra", "Presons"),
              Person.active(PortfolioWorkload.FOUNDER, "Jordi Casals", "Mediació")))
          .storage(storage)
          .discoverActivityClassifiers(false)
          .discoverModerationRules(false)
          .build();
      this.pageKeys = w.pageKeys();
      this.page = platform.portfolios().createPage(PortfolioWorkload.OWNER, new CreatePage("Tot el que he fet", "", pageKeys)).id();
      platform.portfolios().share(PortfolioWorkload.OWNER,
          new SharePage(page, PageAudience.COMMUNITY, Optional.of(w.communities[1])));
    }

    /** @return the page as its reader sees it, through CoPKit */
    List<String> page() {
      return platform.portfolios().page(PortfolioWorkload.READER, page).evidence().stream().map(Evidence::key).toList();
    }

    /**
     * The alternative: load every completion, registration and knowledge item with what it
     * belongs to, the communities and the memberships, then keep the owner's, those the page
     * selects, and those its reader may see.
     *
     * @return the keys the page shows, in its order
     */
    List<String> loadEverythingAndFilter() throws SQLException {
      String owner = PortfolioWorkload.OWNER.value();
      String reader = PortfolioWorkload.READER.value();
      Map<String, String[]> ownersEvidence = new HashMap<>();
      Map<String, String> visibility = new HashMap<>();
      Map<String, String> readerTier = new HashMap<>();
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try (ResultSet rows = query(connection, "SELECT c.unit_id, c.member_id, c.completed_at, u.community_id, u.title,"
            + " u.competences FROM cop_completion c JOIN cop_learning_unit u ON u.id = c.unit_id")) {
          while (rows.next()) {
            if (rows.getString(2).equals(owner)) {
              ownersEvidence.put("unit:" + rows.getString(1), new String[] {rows.getString(4), "COMMUNITY"});
            }
          }
        }
        try (ResultSet rows = query(connection, "SELECT r.event_id, r.member_id, r.status, r.attendance, e.community_id,"
            + " e.title, e.starts_at FROM cop_registration r JOIN cop_calendar_event e ON e.id = r.event_id")) {
          while (rows.next()) {
            if (rows.getString(2).equals(owner) && rows.getString(3).equals("CONFIRMED") && rows.getString(4).equals("PRESENT")) {
              ownersEvidence.put("event:" + rows.getString(1), new String[] {rows.getString(5), "COMMUNITY"});
            }
          }
        }
        try (ResultSet rows = query(connection, "SELECT i.id, i.created_by, i.community_id, i.audience, i.created_at, v.title"
            + " FROM cop_knowledge_item i JOIN cop_knowledge_revision v ON v.item_id = i.id"
            + " AND v.revision_number = i.current_revision")) {
          while (rows.next()) {
            if (rows.getString(2).equals(owner)) {
              ownersEvidence.put("item:" + rows.getString(1), new String[] {rows.getString(3), rows.getString(4)});
            }
          }
        }
        try (ResultSet rows = query(connection, "SELECT id, visibility FROM cop_community")) {
          while (rows.next()) {
            visibility.put(rows.getString(1), rows.getString(2));
          }
        }
        try (ResultSet rows = query(connection, "SELECT community_id, member_id, tier FROM cop_membership")) {
          while (rows.next()) {
            if (rows.getString(2).equals(reader)) {
              readerTier.put(rows.getString(1), rows.getString(3));
            }
          }
        }
        connection.commit();
      }
      String shared = w.communities[1].toString();
      List<String> shown = new ArrayList<>();
      for (String key : pageKeys) {
        String[] evidence = ownersEvidence.get(key);
        if (evidence == null) {
          continue;
        }
        boolean visible = evidence[0].equals(shared)
            ? readerTier.containsKey(shared) && (evidence[1].equals("COMMUNITY") || readerTier.get(shared).equals("CORE"))
            : "OPEN".equals(visibility.get(evidence[0])) && evidence[1].equals("COMMUNITY");
        if (visible) {
          shown.add(key);
        }
      }
      return shown;
    }

    private static ResultSet query(Connection connection, String sql) throws SQLException {
      PreparedStatement statement = connection.prepareStatement(sql);
      statement.setFetchSize(10_000);
      return statement.executeQuery();
    }

    private void fill() throws SQLException {
      String jordi = PortfolioWorkload.FOUNDER.value();
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try (PreparedStatement unit = connection.prepareStatement("INSERT INTO cop_learning_unit (id, community_id, title,"
            + " summary, unit_format, link, estimated_minutes, competences, author, published_at)"
            + " VALUES (?, ?, ?, 'Resum', 'TEXT', '', 10, 'digcomp@2.2#2.4=3', ?, ?)")) {
          for (int u = 0; u < w.units; u++) {
            unit.setString(1, w.unitIds[u].toString());
            unit.setString(2, w.communityOf(u).toString());
            unit.setString(3, "Unitat " + u);
            unit.setString(4, jordi);
            unit.setObject(5, at(PortfolioWorkload.START));
            batch(unit, u);
          }
          unit.executeBatch();
        }
        try (PreparedStatement completion = connection.prepareStatement("INSERT INTO cop_completion (completion_key, unit_id,"
            + " community_id, member_id, completed_at) VALUES (?, ?, ?, ?, ?)")) {
          int n = 0;
          for (int u = 0; u < w.units; u++) {
            completed(completion, u, PortfolioWorkload.OWNER, n++);
          }
          for (int o = 0; o < w.others; o++) {
            for (int u : w.otherUnits[o]) {
              completed(completion, u, PortfolioWorkload.other(o), n++);
            }
          }
          completion.executeBatch();
        }
        try (PreparedStatement event = connection.prepareStatement("INSERT INTO cop_calendar_event (id, community_id, kind,"
            + " title, description, event_format, location, starts_at, ends_at, time_zone, capacity, competences, organiser,"
            + " registrations, version) VALUES (?, ?, 'SEMINAR', ?, '', 'ON_SITE', 'Sala 3', ?, ?, 'UTC', 10000,"
            + " 'digcomp@2.2#5.4=2', ?, 0, 0)")) {
          for (int e = 0; e < w.events; e++) {
            event.setString(1, w.eventIds[e].toString());
            event.setString(2, w.communityOf(e).toString());
            event.setString(3, "Seminari " + e);
            event.setObject(4, at(w.at(e)));
            event.setObject(5, at(w.at(e).plusSeconds(3600)));
            event.setString(6, jordi);
            batch(event, e);
          }
          event.executeBatch();
        }
        try (PreparedStatement registration = connection.prepareStatement("INSERT INTO cop_registration (registration_key,"
            + " event_id, community_id, member_id, seq_number, status, attendance, registered_at, version)"
            + " VALUES (?, ?, ?, ?, ?, 'CONFIRMED', 'PRESENT', ?, 0)")) {
          int n = 0;
          for (int e = 0; e < w.events; e++) {
            registered(registration, e, PortfolioWorkload.OWNER, n++);
          }
          for (int o = 0; o < w.others; o++) {
            for (int e : w.otherEvents[o]) {
              registered(registration, e, PortfolioWorkload.other(o), n++);
            }
          }
          registration.executeBatch();
        }
        try (PreparedStatement item = connection.prepareStatement("INSERT INTO cop_knowledge_item (id, community_id, kind,"
            + " audience, created_by, created_at, current_revision, version, owner_id, review_by)"
            + " VALUES (?, ?, 'PILL', ?, ?, ?, 1, 0, ?, ?)");
            PreparedStatement revision = connection.prepareStatement("INSERT INTO cop_knowledge_revision (revision_key, item_id,"
                + " revision_number, title, body, html, link, tags, competences, author, written_at, note, restored_from)"
                + " VALUES (?, ?, 1, ?, 'Cos', '<p>Cos</p>', '', '', 'digcomp@2.2#2.4', ?, ?, '', 0)")) {
          int n = 0;
          for (int i = 0; i < w.items; i++) {
            written(item, revision, w.itemIds[i], i, PortfolioWorkload.OWNER, n++);
          }
          for (int i = 0; i < w.otherItemIds.length; i++) {
            written(item, revision, w.otherItemIds[i], i, PortfolioWorkload.other(i % Math.max(1, w.others)), n++);
          }
          item.executeBatch();
          revision.executeBatch();
        }
        connection.commit();
      }
    }

    private void completed(PreparedStatement insert, int u, MemberId member, int n) throws SQLException {
      insert.setString(1, w.unitIds[u] + " " + member.value());
      insert.setString(2, w.unitIds[u].toString());
      insert.setString(3, w.communityOf(u).toString());
      insert.setString(4, member.value());
      insert.setObject(5, at(w.at(u + n % 7)));
      batch(insert, n);
    }

    private void registered(PreparedStatement insert, int e, MemberId member, int n) throws SQLException {
      insert.setString(1, w.eventIds[e] + " " + member.value());
      insert.setString(2, w.eventIds[e].toString());
      insert.setString(3, w.communityOf(e).toString());
      insert.setString(4, member.value());
      insert.setLong(5, n);
      insert.setObject(6, at(PortfolioWorkload.START));
      batch(insert, n);
    }

    private void written(PreparedStatement item, PreparedStatement revision, UUID id, int i, MemberId author, int n)
        throws SQLException {
      item.setString(1, id.toString());
      item.setString(2, w.communityOf(i).toString());
      item.setString(3, PortfolioWorkload.audienceOfItem(i).name());
      item.setString(4, author.value());
      item.setObject(5, at(w.at(i)));
      item.setString(6, author.value());
      item.setObject(7, java.time.LocalDate.of(2026, 1, 1));
      revision.setString(1, id + " 1");
      revision.setString(2, id.toString());
      revision.setString(3, "Píndola " + i);
      revision.setString(4, author.value());
      revision.setObject(5, at(w.at(i)));
      batch(item, n);
      batch(revision, n);
    }

    private static void batch(PreparedStatement insert, int n) throws SQLException {
      insert.addBatch();
      if (n % BATCH == BATCH - 1) {
        insert.executeBatch();
      }
    }

    private static OffsetDateTime at(Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public void close() throws SQLException {
      platform.close();
      entityManagerFactory.close();
      cleanup.run();
    }
  }
}
