package org.copkit.jpa.analytics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.jpa.shared.JdbcWork;

/**
 * The three reads of a community's report ({@link CommunityCounts}), by plain JDBC on the unit of
 * work's connection where the columns hold instants ({@code TIMESTAMP WITH TIME ZONE}: PostgreSQL
 * and H2), or through the provider elsewhere (MariaDB's {@code DATETIME} columns hold whatever the
 * provider's time-zone setting made of an instant, which only the provider reads back).
 *
 * <p>JDBC hands a million narrow rows over at a fraction of the provider's cost per row (a native
 * query makes an {@code Object[]} and runs its row readers for each); the SQL is the same either way.
 */
abstract sealed class ReportReads {

  /** Rows fetched per round trip while streaming. */
  static final int FETCH_SIZE = 10_000;

  /** A membership. */
  @FunctionalInterface
  interface MemberRow {
    void accept(String member, String tier, Instant joinedAt);
  }

  /** A post of the pass: its author, the number of its interval, its component's ordinal. */
  @FunctionalInterface
  interface PostRow {
    void accept(String author, int interval, int component);
  }

  /** A question: when it was asked, when its accepted answer was written and when it was first answered (either may be null). */
  record QuestionRow(Instant askedAt, Instant acceptedAt, Instant firstAnsweredAt) {}

  /** @return whether the database is PostgreSQL ({@code width_bucket} numbers the intervals) */
  abstract boolean postgres();

  /** Each membership of the community. */
  abstract void members(CommunityId community, MemberRow row);

  /**
   * Each row of the pass.
   *
   * @param sql the pass, with {@code ?n} parameters
   * @param parameters their values: strings and instants
   */
  abstract void posts(String sql, List<Object> parameters, PostRow row);

  /** The community's published questions asked in {@code [from, to)}. */
  abstract List<QuestionRow> questions(CommunityId community, Instant from, Instant to);

  /** The questions, their accepted answers and first answers: a row per question, answers found through the thread's index. */
  private static final String QUESTIONS = "SELECT t.created_at,"
      + " (SELECT a.created_at FROM cop_post a WHERE a.id = t.accepted_answer_id),"
      + " (SELECT MIN(p.created_at) FROM cop_post p WHERE p.thread_id = t.id AND p.state = ?"
      + " AND p.in_reply_to IS NULL AND p.id <> t.opening_post_id AND p.author <> t.author)"
      + " FROM cop_thread t WHERE t.community_id = ? AND t.kind = ? AND t.state = ?"
      + " AND t.created_at >= ? AND t.created_at < ?";

  /**
   * The reads for the entity manager's database.
   *
   * @param entityManager in a transaction
   * @param product the database's product name, as JDBC's metadata gives it
   */
  static ReportReads of(EntityManager entityManager, String product) {
    if (product.equalsIgnoreCase("PostgreSQL") || product.equalsIgnoreCase("H2")) {
      return new Jdbc(entityManager, product.equalsIgnoreCase("PostgreSQL"));
    }
    return new Provider(entityManager);
  }

  /** Plain JDBC on the unit of work's connection. */
  static final class Jdbc extends ReportReads {

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    private final EntityManager entityManager;
    private final boolean postgres;

    Jdbc(EntityManager entityManager, boolean postgres) {
      this.entityManager = entityManager;
      this.postgres = postgres;
    }

    @Override
    boolean postgres() {
      return postgres;
    }

    @Override
    void members(CommunityId community, MemberRow row) {
      JdbcWork.call(entityManager, connection -> {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT member_id, tier, joined_at FROM cop_membership WHERE community_id = ?")) {
          query.setFetchSize(FETCH_SIZE);
          query.setString(1, community.toString());
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              row.accept(rows.getString(1), rows.getString(2), instant(rows, 3));
            }
          }
        }
        return null;
      });
    }

    @Override
    void posts(String sql, List<Object> parameters, PostRow row) {
      JdbcWork.call(entityManager, connection -> {
        if (postgres) {
          // One statement reads a million rows: compiling it is not worth it.
          try (Statement settings = connection.createStatement()) {
            settings.execute("SET LOCAL jit = off");
          }
        }
        List<Object> ordered = new ArrayList<>();
        Matcher placeholders = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (placeholders.find()) {
          ordered.add(parameters.get(Integer.parseInt(placeholders.group(1)) - 1));
          placeholders.appendReplacement(jdbc, "?");
        }
        placeholders.appendTail(jdbc);
        try (PreparedStatement query = connection.prepareStatement(jdbc.toString())) {
          query.setFetchSize(FETCH_SIZE);
          for (int i = 0; i < ordered.size(); i++) {
            bind(query, i + 1, ordered.get(i));
          }
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              row.accept(rows.getString(1), rows.getInt(2), rows.getInt(3));
            }
          }
        }
        return null;
      });
    }

    @Override
    List<QuestionRow> questions(CommunityId community, Instant from, Instant to) {
      return JdbcWork.call(entityManager, connection -> {
        List<QuestionRow> questions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(QUESTIONS)) {
          query.setFetchSize(FETCH_SIZE);
          query.setString(1, PostState.PUBLISHED.name());
          query.setString(2, community.toString());
          query.setString(3, ThreadKind.QUESTION.name());
          query.setString(4, PostState.PUBLISHED.name());
          bind(query, 5, from);
          bind(query, 6, to);
          try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              questions.add(new QuestionRow(instant(rows, 1), instant(rows, 2), instant(rows, 3)));
            }
          }
        }
        return questions;
      });
    }

    private static void bind(PreparedStatement query, int index, Object value) throws SQLException {
      if (value instanceof Instant instant) {
        query.setObject(index, instant.atOffset(ZoneOffset.UTC));
      } else {
        query.setString(index, (String) value);
      }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
      OffsetDateTime at = rows.getObject(column, OffsetDateTime.class);
      return at == null ? null : at.toInstant();
    }
  }

  /** Through the provider: JPQL, and a native query for the pass. */
  static final class Provider extends ReportReads {

    private final EntityManager entityManager;

    Provider(EntityManager entityManager) {
      this.entityManager = entityManager;
    }

    @Override
    boolean postgres() {
      return false;
    }

    @Override
    void members(CommunityId community, MemberRow row) {
      entityManager
          .createQuery("select m.memberId, m.tier, m.joinedAt from CopMembership m where m.communityId = :community",
              Object[].class)
          .setParameter("community", community.toString())
          .getResultList()
          .forEach(member -> row.accept((String) member[0], (String) member[1], (Instant) member[2]));
    }

    @Override
    void posts(String sql, List<Object> parameters, PostRow row) {
      Query query = entityManager.createNativeQuery(sql).setHint("org.hibernate.fetchSize", FETCH_SIZE);
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
      try (Stream<?> stream = query.getResultStream()) {
        stream.forEach(each -> {
          Object[] post = (Object[]) each;
          row.accept((String) post[0], ((Number) post[1]).intValue(), ((Number) post[2]).intValue());
        });
      }
    }

    @Override
    List<QuestionRow> questions(CommunityId community, Instant from, Instant to) {
      return entityManager.createQuery("select t.createdAt,"
              + " (select a.createdAt from CopPost a where a.id = t.acceptedAnswer),"
              + " (select min(p.createdAt) from CopPost p where p.threadId = t.id and p.state = :published"
              + " and p.inReplyTo is null and p.id <> t.openingPost and p.author <> t.author)"
              + " from CopThread t where t.communityId = :community and t.kind = :question and t.state = :published"
              + " and t.createdAt >= :from and t.createdAt < :to", Object[].class)
          .setParameter("community", community.toString())
          .setParameter("question", ThreadKind.QUESTION.name())
          .setParameter("published", PostState.PUBLISHED.name())
          .setParameter("from", from)
          .setParameter("to", to)
          .getResultStream()
          .map(question -> new QuestionRow((Instant) question[0], (Instant) question[1], (Instant) question[2]))
          .toList();
    }
  }
}
