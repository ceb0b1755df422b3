package org.copkit.benchmarks.expertise;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.expertise.QuestionDraft;
import org.copkit.api.expertise.Suggestion;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.benchmarks.MovableClock;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two contenders for "who can answer this?" on the same {@link ExpertWorkload}:
 *
 * <ul>
 *   <li>CoPKit: {@code ExpertFinding.suggest} on a platform (in-memory storage) that the history
 *       was written into through the public use cases, the evidence index derived from the change
 *       log;
 *   <li>the alternative a user would pick: the same tag-and-answer scoring as one SQL query on
 *       PostgreSQL over plain tables of questions, their tags and answers, with their indexes.
 * </ul>
 */
final class ExpertContenders implements AutoCloseable {

  /** The environment variable with PostgreSQL's JDBC URL. */
  static final String POSTGRES_URL = "COPKIT_BENCH_POSTGRES_URL";

  private static final MemberId FOUNDER = MemberId.of("founder");
  private static final int BATCH = 5_000;

  /**
   * The scoring of {@code EvidenceScoring} (recent window of a quarter of the community's life,
   * from 30 days to a year; ten times the largest share of a specific tag's answers, at least 3;
   * tie-breakers of answers and accepted answers; then answers, posts and member ID) as one query.
   * Parameters: community, asker, the question's tags, now, limit.
   */
  static final String SQL = """
      WITH params AS (SELECT ?::int AS community, ?::text AS asker, ?::text[] AS tags, ?::timestamptz AS now),
      life AS (
        SELECT p.now - LEAST(GREATEST((p.now - MIN(q.created_at)) / 4, INTERVAL '30 days'), INTERVAL '365 days') AS from_at
        FROM params p JOIN bx_question q ON q.community = p.community GROUP BY p.now),
      total AS (SELECT COUNT(*) AS questions FROM params p JOIN bx_question q ON q.community = p.community),
      specific AS (
        SELECT t.tag FROM params p JOIN bx_question q ON q.community = p.community
          JOIN bx_question_tag t ON t.question = q.id
        WHERE t.tag = ANY (p.tags) GROUP BY t.tag
        HAVING COUNT(*) <= 0.1 * (SELECT questions FROM total)),
      by_tag AS (
        SELECT t.tag, a.author, COUNT(*) AS n FROM params p JOIN bx_answer a ON a.community = p.community
          JOIN bx_question_tag t ON t.question = a.question
        WHERE t.tag IN (SELECT tag FROM specific) GROUP BY t.tag, a.author),
      share AS (
        SELECT b.author, MAX(b.n::float8 / s.total) AS share
        FROM by_tag b JOIN (SELECT tag, SUM(n) AS total FROM by_tag GROUP BY tag) s ON s.tag = b.tag
        WHERE b.n >= 3 GROUP BY b.author),
      answerers AS (
        SELECT a.author, COUNT(*) FILTER (WHERE a.created_at >= (SELECT from_at FROM life) AND a.created_at <= p.now) AS recent,
          COUNT(*) AS answers, COUNT(*) FILTER (WHERE a.accepted) AS accepted
        FROM params p JOIN bx_answer a ON a.community = p.community GROUP BY a.author, p.now),
      askers AS (
        SELECT q.author, COUNT(*) AS questions FROM params p JOIN bx_question q ON q.community = p.community
        GROUP BY q.author)
      SELECT a.author,
        a.recent * 1.0 + a.answers * 0.001 + a.accepted * 0.0001 + 10.0 * COALESCE(s.share, 0) AS score
      FROM answerers a LEFT JOIN share s ON s.author = a.author LEFT JOIN askers q ON q.author = a.author
      WHERE a.author <> (SELECT asker FROM params)
      ORDER BY score DESC, a.answers DESC, a.answers + COALESCE(q.questions, 0) DESC, a.author
      LIMIT ?
      """;

  final ExpertWorkload workload;
  final MemberId asker;
  private final CopPlatform platform;
  private final Community community;
  private final PGSimpleDataSource dataSource;
  private final Connection connection;
  private final String schema;
  private final PGSimpleDataSource admin;

  ExpertContenders(ExpertWorkload workload) throws SQLException {
    this.workload = workload;
    List<Integer> ofFirst = workload.memberships.get(0);
    this.asker = MemberId.of(ExpertWorkload.member(ofFirst.get(ofFirst.size() - 1)));
    String url = System.getenv(POSTGRES_URL);
    if (url == null) {
      throw new IllegalStateException(POSTGRES_URL + " is not set: no PostgreSQL for the alternative");
    }
    MovableClock clock = new MovableClock(workload.questions.get(0).at().minusSeconds(3600));
    InMemoryDirectory directory = InMemoryDirectory.of(new Person(FOUNDER, "Founder", "Unit", true, true));
    for (int m = 0; m < workload.members; m++) {
      directory.put(Person.active(MemberId.of(ExpertWorkload.member(m)), "Member " + m, "Unit"));
    }
    this.platform = CopPlatform.builder().directory(directory).clock(clock).discoverModerationRules(false)
        .moderationDefaults(new ModerationPolicy(0, 3.0, Duration.ZERO, 100, 100, 20, 100))
        .feedCatchUpInterval(Duration.ofSeconds(60)).build();
    List<Community> communities = new ArrayList<>();
    for (int c = 0; c < workload.communities; c++) {
      Community made = platform.lifecycle().create(FOUNDER,
          new CommunityDetails("Community " + c, "Domain " + c, "", Visibility.OPEN));
      communities.add(made);
      for (int m : workload.memberships.get(c)) {
        platform.joining().join(MemberId.of(ExpertWorkload.member(m)), made.id(), "");
      }
    }
    this.community = communities.get(0);
    Map<Integer, ThreadId> threads = new HashMap<>();
    Map<Integer, MemberId> askers = new HashMap<>();
    int q = 0;
    int a = 0;
    while (q < workload.questions.size() || a < workload.answers.size()) {
      boolean question = a >= workload.answers.size()
          || q < workload.questions.size() && !workload.questions.get(q).at().isAfter(workload.answers.get(a).at());
      if (question) {
        ExpertWorkload.Question next = workload.questions.get(q++);
        clock.set(next.at());
        MemberId by = MemberId.of(ExpertWorkload.member(next.asker()));
        PostOutcome outcome = platform.discussions().start(by, StartThread.question(communities.get(next.community()).id(),
            "Question " + next.id(), "How do you handle case " + next.id() + "?", next.tags()));
        threads.put(next.id(), ((PostOutcome.Published) outcome).thread().id());
        askers.put(next.id(), by);
      } else {
        ExpertWorkload.Answer next = workload.answers.get(a++);
        clock.set(next.at());
        PostOutcome outcome = platform.discussions().reply(MemberId.of(ExpertWorkload.member(next.author())),
            Reply.to(threads.get(next.question()), "Answer " + next.id()));
        if (next.accepted()) {
          PostId post = ((PostOutcome.Published) outcome).post().id();
          platform.discussions().acceptAnswer(askers.get(next.question()), threads.get(next.question()), post);
        }
      }
    }
    clock.set(ExpertWorkload.NOW);
    platform.catchUp();

    this.schema = "copkit_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    this.admin = new PGSimpleDataSource();
    admin.setURL(url);
    execute(admin, "CREATE SCHEMA " + schema);
    this.dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setCurrentSchema(schema);
    this.connection = dataSource.getConnection();
    fill();
  }

  private void fill() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE bx_question (id int PRIMARY KEY, community int NOT NULL, author text NOT NULL,"
          + " created_at timestamptz NOT NULL)");
      statement.execute("CREATE TABLE bx_question_tag (question int NOT NULL, tag text NOT NULL, PRIMARY KEY (question, tag))");
      statement.execute("CREATE TABLE bx_answer (id int PRIMARY KEY, question int NOT NULL, community int NOT NULL,"
          + " author text NOT NULL, created_at timestamptz NOT NULL, accepted boolean NOT NULL)");
    }
    connection.setAutoCommit(false);
    try (PreparedStatement question = connection.prepareStatement("INSERT INTO bx_question VALUES (?, ?, ?, ?)");
        PreparedStatement tag = connection.prepareStatement("INSERT INTO bx_question_tag VALUES (?, ?)");
        PreparedStatement answer = connection.prepareStatement("INSERT INTO bx_answer VALUES (?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (ExpertWorkload.Question q : workload.questions) {
        question.setInt(1, q.id());
        question.setInt(2, q.community());
        question.setString(3, ExpertWorkload.member(q.asker()));
        question.setTimestamp(4, Timestamp.from(q.at()));
        question.addBatch();
        for (String t : q.tags()) {
          tag.setInt(1, q.id());
          tag.setString(2, t);
          tag.addBatch();
        }
        if (++n % BATCH == 0) {
          question.executeBatch();
          tag.executeBatch();
        }
      }
      question.executeBatch();
      tag.executeBatch();
      for (ExpertWorkload.Answer a : workload.answers) {
        answer.setInt(1, a.id());
        answer.setInt(2, a.question());
        answer.setInt(3, workload.questions.get(a.question()).community());
        answer.setString(4, ExpertWorkload.member(a.author()));
        answer.setTimestamp(5, Timestamp.from(a.at()));
        answer.setBoolean(6, a.accepted());
        answer.addBatch();
        if (++n % BATCH == 0) {
          answer.executeBatch();
        }
      }
      answer.executeBatch();
    }
    connection.commit();
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE INDEX bx_question_community ON bx_question (community, created_at)");
      statement.execute("CREATE INDEX bx_question_tag_tag ON bx_question_tag (tag, question)");
      statement.execute("CREATE INDEX bx_answer_community ON bx_answer (community, author, created_at)");
      statement.execute("CREATE INDEX bx_answer_question ON bx_answer (question)");
      statement.execute("ANALYZE");
    }
  }

  /**
   * @param tags the question's tags
   * @param limit how many
   * @return CoPKit's suggestions with evidence, best first
   */
  List<String> copkit(Set<String> tags, int limit) {
    List<Suggestion> suggestions = platform.expertFinding().suggest(asker,
        new QuestionDraft(community.id(), "Who knows?", "", tags, org.copkit.api.community.Audience.COMMUNITY, limit));
    List<String> members = new ArrayList<>();
    for (Suggestion s : suggestions) {
      if (s.score() > 0) {
        members.add(s.member().value());
      }
    }
    return members;
  }

  /**
   * @param tags the question's tags
   * @param limit how many
   * @return the SQL query's ranking, best first (only members with a positive score)
   */
  List<String> sql(Set<String> tags, int limit) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(SQL)) {
      query.setInt(1, 0);
      query.setString(2, asker.value());
      Array array = connection.createArrayOf("text", tags.toArray());
      query.setArray(3, array);
      query.setTimestamp(4, Timestamp.from(ExpertWorkload.NOW));
      query.setInt(5, limit);
      List<String> members = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (rows.getDouble(2) > 0) {
            members.add(rows.getString(1));
          }
        }
      }
      return members;
    }
  }

  @Override
  public void close() throws SQLException {
    platform.close();
    connection.close();
    execute(admin, "DROP SCHEMA " + schema + " CASCADE");
  }

  private static void execute(PGSimpleDataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
      statement.execute(sql);
    }
  }
}
