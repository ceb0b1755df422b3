package org.copkit.benchmarks.feed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.PersonalWeights;
import org.copkit.api.shared.MemberId;

/**
 * The feed as a forum engine's user would write it: the same personalised score in one SQL
 * query, {@code ORDER BY score DESC LIMIT k}, over an activity table joined to the reader's
 * memberships, affinities and seen list. Runs on H2 (in memory) and PostgreSQL.
 *
 * <p>Tags are stored as a 64-bit mask, bits given in tag-name order. Tables are named after the
 * workload, so a PostgreSQL table loaded by an earlier fork (same seed, same size) is reused.
 */
final class SqlFeed extends BaselineRanker {

  /** Where the query runs. */
  enum Database {
    H2("REAL", "BITCOUNT(BITAND(a.tags, %s))", "BITAND(a.tags, %s) <> 0"),
    POSTGRESQL("REAL", "bit_count((a.tags & %s)::bit(64))", "(a.tags & %s) <> 0");

    final String real;
    final String sharedTags;
    final String sharesATag;

    Database(String real, String sharedTags, String sharesATag) {
      this.real = real;
      this.sharedTags = sharedTags;
      this.sharesATag = sharesATag;
    }
  }

  private final Connection connection;
  private final Database database;
  private final String table;
  private final Map<UUID, FeedEntry> entries = new HashMap<>();
  private final Map<String, Integer> tagBits = new HashMap<>();

  SqlFeed(FeedWorkload workload, Database database, String url) throws SQLException {
    super(workload);
    this.database = database;
    this.connection = DriverManager.getConnection(url);
    this.table = ("feed_" + workload.shape + "_" + workload.entries.size()).toLowerCase();
    workload.entries.forEach(e -> entries.put(e.id().value(), e));
    Set<String> tags = new TreeSet<>(workload.reader.interests());
    workload.entries.forEach(e -> tags.addAll(e.tags()));
    tags.forEach(tag -> tagBits.put(tag, tagBits.size()));
    if (!loaded()) {
      load();
    }
  }

  private boolean loaded() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table + "_activity")) {
      return count.next() && count.getLong(1) == workload.entries.size();
    } catch (SQLException missing) {
      return false;
    }
  }

  private void load() throws SQLException {
    connection.setAutoCommit(false);
    try (Statement ddl = connection.createStatement()) {
      for (String suffix : List.of("_activity", "_membership", "_author_affinity", "_community_affinity", "_seen", "_community")) {
        ddl.execute("DROP TABLE IF EXISTS " + table + suffix);
      }
      ddl.execute("CREATE TABLE " + table + "_activity (id_high BIGINT, id_low BIGINT, community INT, author VARCHAR(128),"
          + " created BIGINT, replies INT, reactions INT, author_role BOOLEAN, tags BIGINT, core_only BOOLEAN,"
          + " open_question BOOLEAN, PRIMARY KEY (id_high, id_low))");
      ddl.execute("CREATE INDEX " + table + "_by_community ON " + table + "_activity (community, created)");
      ddl.execute("CREATE TABLE " + table + "_membership (member VARCHAR(128), community INT, core BOOLEAN, PRIMARY KEY (member, community))");
      ddl.execute("CREATE TABLE " + table + "_author_affinity (member VARCHAR(128), author VARCHAR(128), interactions INT, PRIMARY KEY (member, author))");
      ddl.execute("CREATE TABLE " + table + "_community_affinity (member VARCHAR(128), community INT, interactions INT, PRIMARY KEY (member, community))");
      ddl.execute("CREATE TABLE " + table + "_seen (member VARCHAR(128), id_high BIGINT, id_low BIGINT, PRIMARY KEY (member, id_high, id_low))");
    }
    Map<CommunityId, Integer> communities = new HashMap<>();
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + "_activity VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      int batch = 0;
      for (FeedEntry e : workload.entries) {
        insert.setLong(1, e.id().value().getMostSignificantBits());
        insert.setLong(2, e.id().value().getLeastSignificantBits());
        insert.setInt(3, communities.computeIfAbsent(e.community(), c -> communities.size()));
        insert.setString(4, e.author().value());
        insert.setLong(5, e.createdAt().getEpochSecond());
        insert.setInt(6, e.replies());
        insert.setInt(7, e.reactions());
        insert.setBoolean(8, e.authorRole());
        insert.setLong(9, mask(e.tags()));
        insert.setBoolean(10, e.coreOnly());
        insert.setBoolean(11, e.openQuestion());
        insert.addBatch();
        if (++batch % 10_000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    Reader reader = workload.reader;
    String member = reader.member().value();
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + "_membership VALUES (?,?,?)")) {
      for (var tier : reader.tiers().entrySet()) {
        insert.setString(1, member);
        insert.setInt(2, communities.computeIfAbsent(tier.getKey(), c -> communities.size()));
        insert.setBoolean(3, tier.getValue() == Tier.CORE);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + "_author_affinity VALUES (?,?,?)")) {
      for (Map.Entry<MemberId, Integer> affinity : reader.byAuthor().entrySet()) {
        insert.setString(1, member);
        insert.setString(2, affinity.getKey().value());
        insert.setInt(3, affinity.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + "_community_affinity VALUES (?,?,?)")) {
      for (Map.Entry<CommunityId, Integer> affinity : reader.byCommunity().entrySet()) {
        insert.setString(1, member);
        insert.setInt(2, communities.computeIfAbsent(affinity.getKey(), c -> communities.size()));
        insert.setInt(3, affinity.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + "_seen VALUES (?,?,?)")) {
      for (ActivityId seen : reader.seen()) {
        insert.setString(1, member);
        insert.setLong(2, seen.value().getMostSignificantBits());
        insert.setLong(3, seen.value().getLeastSignificantBits());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (Statement analyze = connection.createStatement()) {
      analyze.execute("ANALYZE");
    }
    connection.commit();
    connection.setAutoCommit(true);
  }

  @Override
  List<Scored> best(int limit) throws SQLException {
    PersonalWeights personal = workload.settings.personal();
    var ranking = workload.settings.platform();
    String weight = "CAST(? AS DOUBLE PRECISION)";
    String mask = "CAST(? AS BIGINT)";
    String score =
        "CAST(" + weight + " * LN(1 + a.replies + a.reactions) + CASE WHEN a.author_role THEN " + weight + " ELSE 0 END"
            + " AS " + database.real + ")"
            + " + " + weight + " * (a.created - " + mask + ")"
            + " + " + weight + " * LN(1 + COALESCE(ca.interactions, 0))"
            + " + " + weight + " * LN(1 + COALESCE(aa.interactions, 0))"
            + " + " + weight + " * LN(1 + " + database.sharedTags.formatted(mask) + ")"
            + " + CASE WHEN a.open_question AND " + database.sharesATag.formatted(mask) + " THEN " + weight + " ELSE 0 END"
            + " + CASE WHEN s.member IS NULL THEN 0 ELSE " + weight + " END";
    String sql =
        "SELECT a.id_high, a.id_low, " + score + " AS score FROM " + table + "_activity a"
            + " JOIN " + table + "_membership m ON m.member = CAST(? AS VARCHAR(128)) AND m.community = a.community"
            + " LEFT JOIN " + table + "_community_affinity ca ON ca.member = m.member AND ca.community = a.community"
            + " LEFT JOIN " + table + "_author_affinity aa ON aa.member = m.member AND aa.author = a.author"
            + " LEFT JOIN " + table + "_seen s ON s.member = m.member AND s.id_high = a.id_high AND s.id_low = a.id_low"
            + " WHERE (NOT a.core_only OR m.core)"
            + " ORDER BY score DESC, a.created DESC, a.id_high, a.id_low LIMIT CAST(? AS INT)";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      int p = 1;
      query.setDouble(p++, ranking.engagement());
      query.setDouble(p++, ranking.authorRole());
      query.setDouble(p++, Math.log(2) / ranking.halfLife().toSeconds());
      query.setLong(p++, FeedWorkload.NOW.getEpochSecond());
      query.setDouble(p++, personal.communityAffinity());
      query.setDouble(p++, personal.authorAffinity());
      query.setDouble(p++, personal.relevance());
      query.setLong(p++, mask(workload.reader.interests()));
      query.setLong(p++, mask(workload.reader.expertise()));
      query.setDouble(p++, personal.tacitExpertise());
      query.setDouble(p++, -personal.seen());
      query.setString(p++, workload.reader.member().value());
      query.setInt(p, limit);
      List<Scored> best = new ArrayList<>(limit);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          best.add(new Scored(entries.get(new UUID(rows.getLong(1), rows.getLong(2))), rows.getDouble(3)));
        }
      }
      return best;
    }
  }

  private long mask(Iterable<String> tags) {
    long mask = 0;
    for (String tag : tags) {
      mask |= 1L << tagBits.get(tag);
    }
    return mask;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
