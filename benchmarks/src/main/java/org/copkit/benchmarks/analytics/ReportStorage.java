package org.copkit.benchmarks.analytics;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.PostRole;
import org.copkit.api.analytics.spi.ClassifiedItem;
import org.copkit.api.community.Audience;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.community.Community;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.api.storage.CopStorage;
import org.copkit.benchmarks.analytics.LoadedRows.Member;
import org.copkit.benchmarks.analytics.LoadedRows.PostInThread;
import org.copkit.core.CopPlatform;
import org.copkit.core.analytics.ActivityClassifiers;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.jpa.CopSchema;
import org.flywaydb.core.Flyway;
import org.copkit.jpa.JpaStorage;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the workload lives: the in-memory storage, or the JPA storage on H2 (in memory) or on
 * PostgreSQL ({@value #POSTGRES_URL}; a schema of its own, dropped afterwards). SQL storages are
 * filled with JDBC batches after the migrations before V31, the way an import would, then migrated to
 * the end (V31 backfills the contribution summary the report reads from the posts), and read by
 * CoPKit through Hibernate.
 */
public enum ReportStorage {

  /** {@code InMemoryStorage}. The alternative gets the rows as Java objects for free: the floor of any load. */
  MEMORY {
    @Override
    Prepared prepare(AnalyticsWorkload workload) {
      InMemoryStorage storage = InMemoryStorage.create();
      fill(storage, workload);
      CopPlatform platform = platform(storage);
      LoadedRows rows = rowsOf(workload);
      return new Prepared() {
        @Override
        public CommunityReport report() {
          return platform.participationReports().community(ADMIN, workload.community, AnalyticsWorkload.WINDOW);
        }

        @Override
        public LoadedRows loadEverything() {
          return rows;
        }

        @Override
        public void close() {
          platform.close();
        }
      };
    }
  },

  /** {@code JpaStorage} on an in-memory H2 database. */
  H2 {
    @Override
    Prepared prepare(AnalyticsWorkload workload) throws SQLException {
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:mem:copkit-analytics-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      return new OnSql(dataSource, workload, () -> execute(dataSource, "SHUTDOWN"));
    }
  },

  /** {@code JpaStorage} on PostgreSQL, in a schema of its own. */
  POSTGRESQL {
    @Override
    Prepared prepare(AnalyticsWorkload workload) throws SQLException {
      String url = System.getenv(POSTGRES_URL);
      if (url == null) {
        throw new IllegalStateException(POSTGRES_URL + " is not set: no PostgreSQL to measure");
      }
      String schema = "copkit_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      PGSimpleDataSource admin = new PGSimpleDataSource();
      admin.setURL(url);
      execute(admin, "CREATE SCHEMA " + schema);
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setURL(url);
      dataSource.setCurrentSchema(schema);
      return new OnSql(dataSource, workload, () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
    }
  };

  /** The environment variable with PostgreSQL's JDBC URL. */
  static final String POSTGRES_URL = "COPKIT_BENCH_POSTGRES_URL";

  /** The administrator who asks for the report; not a member of the community. */
  static final MemberId ADMIN = MemberId.of("admin");

  private static final String BODY = "Una aportació.";
  private static final String HTML = "<p>Una aportació.</p>";

  abstract Prepared prepare(AnalyticsWorkload workload) throws Exception;

  static CopPlatform platform(CopStorage storage) {
    return CopPlatform.builder()
        .directory(InMemoryDirectory.of(new Person(ADMIN, "Administrator", "IT", true, true)))
        .storage(storage)
        .discoverActivityClassifiers(false)
        .build();
  }

  static Community community(AnalyticsWorkload workload) {
    Instant founded = Instant.parse("2024-01-01T00:00:00Z");
    return new Community(workload.community, "Mediació penal", "Justícia restaurativa", "", Visibility.OPEN, Stage.ACTIVE,
        MemberId.of(workload.memberIds[0]), founded, AnalyticsWorkload.WINDOW.to(), 0);
  }

  /** Fills the in-memory storage through its ports, outside transactions (the storage allows it). */
  static void fill(InMemoryStorage storage, AnalyticsWorkload w) {
    storage.communities().add(community(w));
    for (int i = 0; i < w.memberCount; i++) {
      storage.memberships().add(Membership.of(w.community, MemberId.of(w.memberIds[i]), w.tiers[i], w.joinedAt[i]));
    }
    for (int t = 0; t < w.threadCount(); t++) {
      DiscussionThread thread = thread(w, t);
      storage.threads().add(thread);
      for (int k = 0; k < AnalyticsWorkload.POSTS_PER_THREAD; k++) {
        int p = AnalyticsWorkload.openingOf(t) + k;
        int parent = AnalyticsWorkload.parentOf(p);
        storage.posts().add(Post.written(new PostId(w.postIds[p]), thread, componentOf(w, thread, p),
            parent < 0 ? Optional.empty() : Optional.of(new PostId(w.postIds[parent])), MemberId.of(w.memberIds[w.authors[p]]),
            BODY, HTML, Set.of(), w.states[p], w.createdAt[p]));
      }
    }
  }

  /** The component the platform gives a post of the workload when it is written: the built-in classification. */
  static CopComponent componentOf(AnalyticsWorkload w, DiscussionThread thread, int p) {
    PostRole role = p == AnalyticsWorkload.openingOf(p / AnalyticsWorkload.POSTS_PER_THREAD) ? PostRole.OPENING
        : AnalyticsWorkload.parentOf(p) < 0 ? PostRole.REPLY : PostRole.NESTED_REPLY;
    return ActivityClassifiers.builtIn(new ClassifiedItem(new ActivityType(thread.kind(), role, thread.audience()),
        thread.community(), thread.title(), thread.tags()));
  }

  /** The thread as stored: every post after the opening one counts as a reply, the last one as its last activity. */
  private static DiscussionThread thread(AnalyticsWorkload w, int t) {
    int opening = AnalyticsWorkload.openingOf(t);
    DiscussionThread thread = DiscussionThread.opened(new ThreadId(w.threadIds[t]), w.community, w.kinds[t],
        w.audiences[t], "Fil " + t, Set.of(), MemberId.of(w.memberIds[w.threadAuthorOf(t)]),
        new PostId(w.postIds[opening]), w.states[opening], w.createdAt[opening]);
    for (int k = 1; k < AnalyticsWorkload.POSTS_PER_THREAD; k++) {
      thread = thread.withReplyAt(w.createdAt[opening + k]);
    }
    int answer = w.acceptedAnswerOf(t);
    return answer < 0 ? thread : thread.withAcceptedAnswer(new PostId(w.postIds[answer]));
  }

  /** The rows the alternative loads, made straight from the workload. */
  static LoadedRows rowsOf(AnalyticsWorkload w) {
    List<Member> members = new ArrayList<>(w.memberCount);
    for (int i = 0; i < w.memberCount; i++) {
      members.add(new Member(w.memberIds[i], w.tiers[i], w.joinedAt[i]));
    }
    List<PostInThread> posts = new ArrayList<>(w.postCount);
    for (int p = 0; p < w.postCount; p++) {
      int t = p / AnalyticsWorkload.POSTS_PER_THREAD;
      int opening = AnalyticsWorkload.openingOf(t);
      int answer = w.acceptedAnswerOf(t);
      posts.add(new PostInThread(w.postIds[p].toString(), w.memberIds[w.authors[p]], w.createdAt[p], w.states[p],
          AnalyticsWorkload.parentOf(p) >= 0, w.threadIds[t].toString(), w.kinds[t], w.audiences[t],
          w.memberIds[w.authors[opening]], w.createdAt[opening], w.states[opening], w.postIds[opening].toString(),
          answer < 0 ? null : w.postIds[answer].toString()));
    }
    return new LoadedRows(members, posts);
  }

  static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** What to do when a SQL storage is closed. */
  @FunctionalInterface
  interface Cleanup {
    void run() throws SQLException;
  }

  /** A SQL database, migrated and filled, read by CoPKit through Hibernate and by the alternative through JDBC. */
  static final class OnSql implements Prepared {

    private static final int BATCH = 5_000;

    /** Every migration up to 30, the one before the contribution summary's (V31); "?": whichever exist. */
    private static final String BEFORE_SUMMARY = "30?";

    private final DataSource dataSource;
    private final AnalyticsWorkload workload;
    private final EntityManagerFactory entityManagerFactory;
    private final CopPlatform platform;
    private final Cleanup cleanup;

    OnSql(DataSource dataSource, AnalyticsWorkload workload, Cleanup cleanup) throws SQLException {
      this(dataSource, workload, cleanup, true);
    }

    /**
     * @param fill false on a schema a previous run filled with the same workload and left in place
     *     (migrated to the end, which backfills what later migrations add)
     */
    OnSql(DataSource dataSource, AnalyticsWorkload workload, Cleanup cleanup, boolean fill) throws SQLException {
      this.dataSource = dataSource;
      this.workload = workload;
      this.cleanup = cleanup;
      if (fill) {
        migrateAndFill();
      } else {
        // a schema filled by an earlier build: its later migrations, as on an upgrade
        CopSchema.migrate(dataSource);
      }
      this.entityManagerFactory = Persistence.createEntityManagerFactory("copkit",
          Map.of("jakarta.persistence.nonJtaDataSource", dataSource, "hibernate.hbm2ddl.auto", "validate"));
      this.platform = platform(JpaStorage.create(entityManagerFactory));
    }

    private void migrateAndFill() throws SQLException {
      // the data is in place before migration V31, which backfills the contribution summary from it,
      // as it does on an upgrade (the JDBC fill writes no summary)
      Flyway.configure(ReportStorage.class.getClassLoader())
          .dataSource(dataSource)
          .table(CopSchema.HISTORY_TABLE)
          .locations("classpath:" + CopSchema.MIGRATIONS + "/" + (dataSource instanceof JdbcDataSource ? "h2" : "postgresql"))
          .target(BEFORE_SUMMARY)
          .load()
          .migrate();
      fill();
      CopSchema.migrate(dataSource);
      // statistics; on PostgreSQL also the pages marked all-visible, as autovacuum leaves a live table
      execute(dataSource, dataSource instanceof JdbcDataSource ? "ANALYZE" : "VACUUM ANALYZE");
    }

    @Override
    public CommunityReport report() {
      return platform.participationReports().community(ADMIN, workload.community, AnalyticsWorkload.WINDOW);
    }

    /** Two queries: the memberships, and every post joined with its thread. */
    @Override
    public LoadedRows loadEverything() throws SQLException {
      List<Member> members = new ArrayList<>(workload.memberCount);
      List<PostInThread> posts = new ArrayList<>(workload.postCount);
      try (Connection connection = dataSource.getConnection()) {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT member_id, tier, joined_at FROM cop_membership WHERE community_id = ?")) {
          query.setString(1, workload.community.toString());
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              members.add(new Member(rows.getString(1), Tier.valueOf(rows.getString(2)), instant(rows, 3)));
            }
          }
        }
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT p.id, p.author, p.created_at, p.state, p.in_reply_to, t.id, t.kind, t.audience, t.author, t.created_at,"
                + " t.state, t.opening_post_id, t.accepted_answer_id"
                + " FROM cop_post p JOIN cop_thread t ON t.id = p.thread_id WHERE p.community_id = ?")) {
          query.setFetchSize(10_000);
          query.setString(1, workload.community.toString());
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              posts.add(new PostInThread(rows.getString(1), rows.getString(2), instant(rows, 3),
                  PostState.valueOf(rows.getString(4)), rows.getString(5) != null, rows.getString(6),
                  ThreadKind.valueOf(rows.getString(7)), Audience.valueOf(rows.getString(8)), rows.getString(9),
                  instant(rows, 10), PostState.valueOf(rows.getString(11)), rows.getString(12), rows.getString(13)));
            }
          }
        }
      }
      return new LoadedRows(members, posts);
    }

    @Override
    public void close() throws SQLException {
      platform.close();
      entityManagerFactory.close();
      cleanup.run();
    }

    private void fill() throws SQLException {
      AnalyticsWorkload w = workload;
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        Community community = community(w);
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO cop_community (id, name, practice_domain, purpose, visibility, stage, created_by, created_at,"
                + " last_activity_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
          insert.setString(1, community.id().toString());
          insert.setString(2, community.name());
          insert.setString(3, community.domain());
          insert.setString(4, community.purpose());
          insert.setString(5, community.visibility().name());
          insert.setString(6, community.stage().name());
          insert.setString(7, community.createdBy().value());
          insert.setObject(8, at(community.createdAt()));
          insert.setObject(9, at(community.lastActivityAt()));
          insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO cop_membership (community_id, member_id, tier, is_e_moderator, is_expert, joined_at, version)"
                + " VALUES (?, ?, ?, FALSE, FALSE, ?, 0)")) {
          for (int i = 0; i < w.memberCount; i++) {
            insert.setString(1, w.community.toString());
            insert.setString(2, w.memberIds[i]);
            insert.setString(3, w.tiers[i].name());
            insert.setObject(4, at(w.joinedAt[i]));
            batch(insert, i);
          }
          insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO cop_thread (id, community_id, kind, audience, title, author, opening_post_id, tags, created_at,"
                + " last_activity_at, status, state, is_pinned, accepted_answer_id, replies, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, 'OPEN', ?, FALSE, ?, ?, 0)")) {
          for (int t = 0; t < w.threadCount(); t++) {
            DiscussionThread thread = thread(w, t);
            insert.setString(1, thread.id().toString());
            insert.setString(2, thread.community().toString());
            insert.setString(3, thread.kind().name());
            insert.setString(4, thread.audience().name());
            insert.setString(5, thread.title());
            insert.setString(6, thread.author().value());
            insert.setString(7, thread.openingPost().toString());
            insert.setObject(8, at(thread.createdAt()));
            insert.setObject(9, at(thread.lastActivityAt()));
            insert.setString(10, thread.state().name());
            insert.setString(11, thread.acceptedAnswer().map(PostId::toString).orElse(null));
            insert.setInt(12, thread.replies());
            batch(insert, t);
          }
          insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO cop_post (id, thread_id, community_id, audience, in_reply_to, author, body, html, created_at,"
                + " revision, state, statement_of_reasons, version, component)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, '', 0, ?)")) {
          DiscussionThread thread = null;
          for (int p = 0; p < w.postCount; p++) {
            int t = p / AnalyticsWorkload.POSTS_PER_THREAD;
            if (p == AnalyticsWorkload.openingOf(t)) {
              thread = thread(w, t);
            }
            int parent = AnalyticsWorkload.parentOf(p);
            insert.setString(1, w.postIds[p].toString());
            insert.setString(2, w.threadIds[t].toString());
            insert.setString(3, w.community.toString());
            insert.setString(4, w.audiences[t].name());
            insert.setString(5, parent < 0 ? null : w.postIds[parent].toString());
            insert.setString(6, w.memberIds[w.authors[p]]);
            insert.setString(7, BODY);
            insert.setString(8, HTML);
            insert.setObject(9, at(w.createdAt[p]));
            insert.setString(10, w.states[p].name());
            insert.setString(11, componentOf(w, thread, p).name());
            batch(insert, p);
          }
          insert.executeBatch();
        }
        connection.commit();
      }
    }

    private static void batch(PreparedStatement insert, int index) throws SQLException {
      insert.addBatch();
      if ((index + 1) % BATCH == 0) {
        insert.executeBatch();
      }
    }

    private static OffsetDateTime at(Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
      return rows.getObject(column, OffsetDateTime.class).toInstant();
    }
  }
}
