package org.copkit.jpa.analytics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.jpa.shared.JdbcWork;

/**
 * The three reads of a community's report ({@link CommunityCounts}), by plain JDBC on the unit of
 * work's connection where the columns hold instants ({@code TIMESTAMP WITH TIME ZONE}: PostgreSQL
 * and H2), or through the provider elsewhere (MariaDB's {@code DATETIME} columns hold whatever the
 * provider's time-zone setting made of an instant, which only the provider reads back). The
 * contribution summary's rows hold text and numbers only: they are read by JDBC on every database.
 */
abstract sealed class ReportReads permits ReportReads.Jdbc, ReportReads.Provider {

  /** Rows fetched per round trip while streaming. */
  static final int FETCH_SIZE = 10_000;

  /** A membership. */
  @FunctionalInterface
  interface MemberRow {
    void accept(String member, String tier, Instant joinedAt);
  }

  /** A row of the contribution summary: its author and its tokens. */
  @FunctionalInterface
  interface SummaryRow {
    void accept(String author, String posts);
  }

  /** A question: when it was asked, when its accepted answer was written and when it was first answered (either may be null). */
  record QuestionRow(Instant askedAt, Instant acceptedAt, Instant firstAnsweredAt) {}

  /** The unit of work's entity manager. */
  final EntityManager entityManager;

  ReportReads(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * @param bounds ascending instants
   * @return each in the contribution summary's microseconds, rounded up: a post's token is at or
   *     after the bound exactly when the post is
   */
  abstract long[] micros(Instant[] bounds);

  /** Each membership of the community. */
  abstract void members(CommunityId community, MemberRow row);

  /** Each row of the community's contribution summary for the years {@code from..to}, by JDBC (text and numbers only). */
  final void summaries(CommunityId community, int from, int to, SummaryRow row) {
    JdbcWork.call(entityManager, connection -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT author, posts FROM "
          + ContributionSummary.TABLE + " WHERE community_id = ? AND post_year >= ? AND post_year <= ?")) {
        query.setFetchSize(FETCH_SIZE);
        query.setString(1, community.toString());
        query.setInt(2, from);
        query.setInt(3, to);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            row.accept(rows.getString(1), rows.getString(2));
          }
        }
      }
      return null;
    });
  }

  /** The community's published questions asked in {@code [from, to)}. */
  abstract List<QuestionRow> questions(CommunityId community, Instant from, Instant to);

  /**
   * The questions with when their accepted answer and their first answer were written: a row per
   * question, the answer times kept on the thread by the discussions' writes (migration V37).
   */
  private static final String QUESTIONS = "SELECT created_at, accepted_at, first_answered_at FROM cop_thread"
      + " WHERE community_id = ? AND kind = ? AND state = ? AND created_at >= ? AND created_at < ?";

  /**
   * The reads for the entity manager's database.
   *
   * @param entityManager in a transaction
   * @param product the database's product name, as JDBC's metadata gives it
   */
  static ReportReads of(EntityManager entityManager, String product) {
    if (product.equalsIgnoreCase("PostgreSQL") || product.equalsIgnoreCase("H2")) {
      return new Jdbc(entityManager);
    }
    return new Provider(entityManager);
  }

  /** Plain JDBC on the unit of work's connection. */
  static final class Jdbc extends ReportReads {

    Jdbc(EntityManager entityManager) {
      super(entityManager);
    }

    /** The columns hold instants to the microsecond: the bounds are converted in Java. */
    @Override
    long[] micros(Instant[] bounds) {
      long[] micros = new long[bounds.length];
      for (int i = 0; i < bounds.length; i++) {
        Instant bound = bounds[i];
        micros[i] = Math.addExact(Math.multiplyExact(bound.getEpochSecond(), 1_000_000L),
            (bound.getNano() + 999) / 1_000);
      }
      return micros;
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
    List<QuestionRow> questions(CommunityId community, Instant from, Instant to) {
      return JdbcWork.call(entityManager, connection -> {
        List<QuestionRow> questions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(QUESTIONS)) {
          query.setFetchSize(FETCH_SIZE);
          query.setString(1, community.toString());
          query.setString(2, ThreadKind.QUESTION.name());
          query.setString(3, PostState.PUBLISHED.name());
          bind(query, 4, from);
          bind(query, 5, to);
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

  /** Through the provider: JPQL, and a native query for the bounds. */
  static final class Provider extends ReportReads {

    Provider(EntityManager entityManager) {
      super(entityManager);
    }

    /**
     * The summary's microseconds are those of the {@code DATETIME} columns as the provider wrote
     * them: the database converts the bounds as the provider binds them.
     */
    @Override
    long[] micros(Instant[] bounds) {
      StringBuilder sql = new StringBuilder("SELECT ");
      for (int i = 0; i < bounds.length; i++) {
        sql.append(i == 0 ? "" : ", ").append("TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', CAST(?")
            .append(i + 1).append(" AS DATETIME(6)))");
      }
      Query query = entityManager.createNativeQuery(sql.toString());
      for (int i = 0; i < bounds.length; i++) {
        query.setParameter(i + 1, bounds[i]);
      }
      Object result = query.getSingleResult();
      Object[] row = result instanceof Object[] values ? values : new Object[] {result};
      long[] micros = new long[bounds.length];
      for (int i = 0; i < bounds.length; i++) {
        micros[i] = ((Number) row[i]).longValue();
      }
      return micros;
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
    List<QuestionRow> questions(CommunityId community, Instant from, Instant to) {
      return entityManager.createQuery("select t.createdAt, t.acceptedAt, t.firstAnsweredAt"
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
