package org.copkit.jpa.analytics;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.copkit.api.discussion.PostState;
import org.copkit.api.feed.CopComponent;
import org.copkit.jpa.shared.JdbcWork;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * <b>Wiring, not API:</b> keeps {@code cop_contribution_summary} (migration V31) in step with {@code
 * cop_post}, in the transaction of each write, for the participation reports ({@link
 * CommunityCounts} reads it instead of the posts).
 *
 * <p>A row per community, author and year (UTC) of their published posts: how many there are, and
 * for each a token, its instant in microseconds since the epoch followed by a letter for its CoP
 * component ({@code a} for the first constant of {@link CopComponent}, and so on), e.g. {@code
 * 1735689600000000b}. The tokens are what the report needs of a post (when, which component, by
 * whom) and nothing else, so any window, in any time zone, is counted exactly from them.
 *
 * <p>A write of the posts' port asks for a {@link #track} of the posts it touches before it changes
 * them, and runs it after it has flushed: the tracker reads how the summary counts the posts before
 * and after (the instant as the database holds it, so the tokens are those the migration's backfill
 * writes), and applies the difference. A token is appended by one atomic upsert ({@code INSERT … ON
 * CONFLICT DO UPDATE} on PostgreSQL, {@code ON DUPLICATE KEY UPDATE} on MariaDB, {@code MERGE} on
 * H2), so concurrent writers never lose one; it is removed under the row's lock ({@code SELECT … FOR
 * UPDATE}, which reads the latest committed row on every database). Erasure pseudonymises the
 * author as it does the posts' ({@code PrivacyPorts}).
 */
public final class ContributionSummary {

  private static final CopComponent[] COMPONENTS = CopComponent.values();

  /** The table. */
  static final String TABLE = "cop_contribution_summary";

  /** How the summary counts a post: nothing unless it is published. */
  private record Entry(String community, String author, int year, String token) {

    Key key() {
      return new Key(community, author, year);
    }
  }

  /** A row of the summary. */
  private record Key(String community, String author, int year) {}

  /** The SQL of a database. */
  enum Dialect {
    POSTGRESQL, H2, MARIADB;

    static Dialect of(String product) {
      String name = product.toLowerCase(java.util.Locale.ROOT);
      if (name.contains("postgresql")) {
        return POSTGRESQL;
      }
      if (name.contains("h2")) {
        return H2;
      }
      if (name.contains("mariadb") || name.contains("mysql")) {
        return MARIADB;
      }
      throw new IllegalStateException("no contribution summary for " + product);
    }

    /** Microseconds since the epoch of the column (on MariaDB, of its {@code DATETIME} taken as UTC). */
    String micros(String column) {
      return this == MARIADB ? "TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', " + column + ")"
          : "CAST(EXTRACT(EPOCH FROM " + column + ") * 1000000 AS BIGINT)";
    }
  }

  private final JpaTransactions transactions;

  /** The database's dialect, once asked. */
  private volatile Dialect dialect;

  /**
   * @param transactions the unit of work whose writes the summary follows
   */
  public ContributionSummary(JpaTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  /**
   * Reads how the summary counts the posts now; the answer, run after the write has been flushed,
   * brings the summary in step with what the posts have become.
   *
   * @param posts the IDs of the posts about to be written (new ones too)
   * @return what to run once the write is flushed, in the same transaction
   */
  public Runnable track(Collection<String> posts) {
    List<String> ids = List.copyOf(posts);
    Map<String, Entry> before = read(" WHERE id IN (" + String.join(", ", ids.stream().map(id -> "?").toList()) + ")", ids);
    return () -> apply(before, read(" WHERE id IN (" + String.join(", ", ids.stream().map(id -> "?").toList()) + ")", ids));
  }

  /**
   * {@link #track} for every post of a thread, locked until the transaction ends (a bulk write checks
   * no version, so the posts must not change between the two reads).
   *
   * @param thread the thread's ID
   * @return what to run once the write is flushed, in the same transaction
   */
  public Runnable trackThread(String thread) {
    Map<String, Entry> before = read(" WHERE thread_id = ? FOR UPDATE", List.of(thread));
    return () -> apply(before, read(" WHERE thread_id = ?", List.of(thread)));
  }

  /** @return per post ID, how the summary counts it (null when not at all) */
  private Map<String, Entry> read(String where, List<String> parameters) {
    Map<String, Entry> entries = new HashMap<>();
    if (parameters.isEmpty()) {
      return entries;
    }
    Dialect sql = dialect();
    JdbcWork.call(entityManager(), connection -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT id, community_id, author, state, component, "
          + sql.micros("created_at") + " FROM cop_post" + where)) {
        for (int i = 0; i < parameters.size(); i++) {
          query.setString(i + 1, parameters.get(i));
        }
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            long micros = rows.getLong(6);
            entries.put(rows.getString(1), !PostState.PUBLISHED.name().equals(rows.getString(4)) ? null
                : new Entry(rows.getString(2), rows.getString(3), yearOf(micros),
                    token(micros, CopComponent.valueOf(rows.getString(5)))));
          }
        }
      }
      return null;
    });
    return entries;
  }

  /** Removes what is counted no more, then adds what is counted now, a statement per row of the summary. */
  private void apply(Map<String, Entry> before, Map<String, Entry> after) {
    Map<Key, List<String>> removed = new LinkedHashMap<>();
    Map<Key, List<String>> added = new LinkedHashMap<>();
    Set<String> ids = new LinkedHashSet<>(before.keySet());
    ids.addAll(after.keySet());
    for (String id : ids) {
      Entry was = before.get(id);
      Entry is = after.get(id);
      if (Objects.equals(was, is)) {
        continue;
      }
      if (was != null) {
        removed.computeIfAbsent(was.key(), key -> new ArrayList<>()).add(was.token());
      }
      if (is != null) {
        added.computeIfAbsent(is.key(), key -> new ArrayList<>()).add(is.token());
      }
    }
    if (removed.isEmpty() && added.isEmpty()) {
      return;
    }
    Dialect sql = dialect();
    JdbcWork.call(entityManager(), connection -> {
      for (Map.Entry<Key, List<String>> row : removed.entrySet()) {
        remove(connection, row.getKey(), row.getValue());
      }
      for (Map.Entry<Key, List<String>> row : added.entrySet()) {
        add(connection, sql, row.getKey(), String.join("", row.getValue()), row.getValue().size());
      }
      return null;
    });
  }

  private static final String UPSERT_POSTGRESQL = "INSERT INTO " + TABLE
      + " (community_id, author, post_year, contributions, posts) VALUES (?, ?, ?, ?, ?)"
      + " ON CONFLICT (community_id, author, post_year) DO UPDATE SET"
      + " contributions = " + TABLE + ".contributions + EXCLUDED.contributions,"
      + " posts = " + TABLE + ".posts || EXCLUDED.posts";

  private static final String UPSERT_MARIADB = "INSERT INTO " + TABLE
      + " (community_id, author, post_year, contributions, posts) VALUES (?, ?, ?, ?, ?)"
      + " ON DUPLICATE KEY UPDATE contributions = contributions + VALUES(contributions),"
      + " posts = CONCAT(posts, VALUES(posts))";

  private static final String MERGE_H2 = "MERGE INTO " + TABLE + " s USING (VALUES (CAST(? AS VARCHAR(36)),"
      + " CAST(? AS VARCHAR(128)), CAST(? AS INTEGER), CAST(? AS BIGINT), CAST(? AS CHARACTER VARYING)))"
      + " v (community_id, author, post_year, contributions, posts)"
      + " ON s.community_id = v.community_id AND s.author = v.author AND s.post_year = v.post_year"
      + " WHEN MATCHED THEN UPDATE SET contributions = s.contributions + v.contributions, posts = s.posts || v.posts"
      + " WHEN NOT MATCHED THEN INSERT (community_id, author, post_year, contributions, posts)"
      + " VALUES (v.community_id, v.author, v.post_year, v.contributions, v.posts)";

  /** SQLState of a unique key violated. */
  private static final String DUPLICATE_KEY = "23505";

  /**
   * Appends the tokens to the row, creating it if need be, in one statement. H2's {@code MERGE}
   * does not wait for a row another transaction is inserting: the loser of that race gets a
   * duplicate key, and merges again, now onto the winner's row (H2 undoes only the failed statement).
   */
  private static void add(Connection connection, Dialect sql, Key key, String tokens, int count) throws SQLException {
    String upsert = switch (sql) {
      case POSTGRESQL -> UPSERT_POSTGRESQL;
      case MARIADB -> UPSERT_MARIADB;
      case H2 -> MERGE_H2;
    };
    for (int attempt = 1; ; attempt++) {
      try (PreparedStatement statement = connection.prepareStatement(upsert)) {
        statement.setString(1, key.community());
        statement.setString(2, key.author());
        statement.setInt(3, key.year());
        statement.setLong(4, count);
        statement.setString(5, tokens);
        statement.executeUpdate();
        return;
      } catch (SQLException e) {
        if (sql != Dialect.H2 || !DUPLICATE_KEY.equals(e.getSQLState()) || attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** Removes one occurrence of each token from the row, under its lock; an emptied row goes. */
  private static void remove(Connection connection, Key key, List<String> tokens) throws SQLException {
    String posts;
    try (PreparedStatement query = connection.prepareStatement("SELECT posts FROM " + TABLE
        + " WHERE community_id = ? AND author = ? AND post_year = ? FOR UPDATE")) {
      bind(query, key);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return;
        }
        posts = rows.getString(1);
      }
    }
    StringBuilder kept = new StringBuilder(posts);
    long count = count(posts);
    for (String token : tokens) {
      int at = find(kept, token);
      if (at >= 0) {
        kept.delete(at, at + token.length());
        count--;
      }
    }
    if (count == 0) {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE
          + " WHERE community_id = ? AND author = ? AND post_year = ?")) {
        bind(delete, key);
        delete.executeUpdate();
      }
      return;
    }
    try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
        + " SET contributions = ?, posts = ? WHERE community_id = ? AND author = ? AND post_year = ?")) {
      update.setLong(1, count);
      update.setString(2, kept.toString());
      update.setString(3, key.community());
      update.setString(4, key.author());
      update.setInt(5, key.year());
      update.executeUpdate();
    }
  }

  private static void bind(PreparedStatement statement, Key key) throws SQLException {
    statement.setString(1, key.community());
    statement.setString(2, key.author());
    statement.setInt(3, key.year());
  }

  /** @return where the token starts in the tokens, at a token's start, or -1 */
  private static int find(CharSequence tokens, String token) {
    int start = 0;
    while (start < tokens.length()) {
      int end = start;
      while (!isComponent(tokens.charAt(end))) {
        end++;
      }
      if (end + 1 - start == token.length() && tokens.subSequence(start, end + 1).toString().equals(token)) {
        return start;
      }
      start = end + 1;
    }
    return -1;
  }

  /** @return how many tokens there are */
  private static long count(CharSequence tokens) {
    long count = 0;
    for (int i = 0; i < tokens.length(); i++) {
      if (isComponent(tokens.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  /** @return whether the character ends a token: a component's letter */
  static boolean isComponent(char c) {
    return c >= 'a' && c < 'a' + COMPONENTS.length;
  }

  /** @return the post's token */
  static String token(long micros, CopComponent component) {
    return Long.toString(micros) + (char) ('a' + component.ordinal());
  }

  /** @return the year, in UTC, of the microseconds since the epoch: the year of the summary's row */
  static int yearOf(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L)).atOffset(ZoneOffset.UTC).getYear();
  }

  private Dialect dialect() {
    Dialect known = dialect;
    if (known == null) {
      known = Dialect.of(JdbcWork.call(entityManager(), connection -> connection.getMetaData().getDatabaseProductName()));
      dialect = known;
    }
    return known;
  }

  private EntityManager entityManager() {
    return transactions.entityManager();
  }
}
