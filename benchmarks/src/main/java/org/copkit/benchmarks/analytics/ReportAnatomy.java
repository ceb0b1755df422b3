package org.copkit.benchmarks.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where a community's report on PostgreSQL spends its time: not a JMH benchmark (that is {@link
 * CommunityReportBenchmark}, which measures the whole report against the alternative), but a
 * harness that times, in one warm JVM, whole reports and then each of the three reads a report
 * makes, by plain JDBC with the report's own statements and fetch size: the contribution summary's
 * rows of the span's years, the memberships, and the questions with when their accepted and first
 * answers were written (and the memberships once more, their joining read as microseconds). The workload ({@link AnalyticsWorkload}) is filled once into a schema of its own, {@code
 * copkit_report_anatomy}, and kept there for the next run ({@code drop=true} drops it at the end).
 *
 * <pre>
 * mvn -q -o -Dcopkit.quick -pl benchmarks -am package -DskipTests
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -Xms6g -Xmx6g -cp benchmarks/target/benchmarks.jar org.copkit.benchmarks.analytics.ReportAnatomy \
 *   reports=10 reads=5
 * </pre>
 */
public final class ReportAnatomy {

  private static final String SCHEMA = "copkit_report_anatomy";

  private ReportAnatomy() {}

  /**
   * @param args {@code name=value}: {@code reports} (10), {@code reads} (5), {@code members}
   *     (100000), {@code posts} (1000000), {@code drop} (false)
   * @throws Exception when the database fails
   */
  public static void main(String[] args) throws Exception {
    int reports = 10;
    int reads = 5;
    int members = 100_000;
    int posts = 1_000_000;
    boolean drop = false;
    for (String arg : args) {
      String[] pair = org.copkit.benchmarks.Arguments.nameAndValue(arg);
      switch (pair[0]) {
        case "reports" -> reports = Integer.parseInt(pair[1]);
        case "reads" -> reads = Integer.parseInt(pair[1]);
        case "members" -> members = Integer.parseInt(pair[1]);
        case "posts" -> posts = Integer.parseInt(pair[1]);
        case "drop" -> drop = Boolean.parseBoolean(pair[1]);
        default -> throw new IllegalArgumentException("unknown setting: " + arg);
      }
    }
    String url = System.getenv(ReportStorage.POSTGRES_URL);
    if (url == null) {
      throw new IllegalStateException(ReportStorage.POSTGRES_URL + " is not set");
    }
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(url);
    boolean filled = exists(admin);
    if (!filled) {
      ReportStorage.execute(admin, "CREATE SCHEMA " + SCHEMA);
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setCurrentSchema(SCHEMA);
    AnalyticsWorkload workload = AnalyticsWorkload.generate(members, posts);
    long start = System.nanoTime();
    boolean dropAtEnd = drop;
    try (ReportStorage.OnSql prepared = new ReportStorage.OnSql(dataSource, workload,
        () -> {
          if (dropAtEnd) {
            ReportStorage.execute(admin, "DROP SCHEMA " + SCHEMA + " CASCADE");
          }
        }, !filled)) {
      System.out.printf(Locale.ROOT, "setup %s in %.1f s%n", filled ? "reused" : "filled", (System.nanoTime() - start) / 1e9);
      ReportAgreement.check(prepared.report(),
          CountedInJava.count(prepared.loadEverything(), AnalyticsWorkload.WINDOW, CommunityReportBenchmark.HEAVY_FROM));
      for (int i = 1; i <= reports; i++) {
        long t = System.nanoTime();
        prepared.report();
        System.out.printf(Locale.ROOT, "report %d: %d ms%n", i, (System.nanoTime() - t) / 1_000_000);
      }
      String community = workload.community.toString();
      for (int i = 1; i <= reads; i++) {
        try (Connection connection = dataSource.getConnection()) {
          connection.setAutoCommit(false);
          long t0 = System.nanoTime();
          long characters = summaries(connection, community);
          long t1 = System.nanoTime();
          long memberships = memberships(connection, community);
          long t2 = System.nanoTime();
          long questions = questions(connection, community);
          long t3 = System.nanoTime();
          long micros = membershipsInMicros(connection, community);
          long t4 = System.nanoTime();
          connection.commit();
          System.out.printf(Locale.ROOT,
              "reads %d: summary %d ms (%,d characters), memberships %d ms (%,d), questions %d ms (%,d),"
                  + " memberships with micros %d ms (%,d)%n", i,
              (t1 - t0) / 1_000_000, characters, (t2 - t1) / 1_000_000, memberships, (t3 - t2) / 1_000_000, questions,
              (t4 - t3) / 1_000_000, micros);
        }
      }
    }
  }

  private static boolean exists(PGSimpleDataSource admin) throws SQLException {
    try (Connection connection = admin.getConnection();
        PreparedStatement query = connection.prepareStatement(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'cop_contribution_summary'")) {
      query.setString(1, SCHEMA);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    }
  }

  private static long summaries(Connection connection, String community) throws SQLException {
    long characters = 0;
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT author, posts FROM cop_contribution_summary WHERE community_id = ? AND post_year >= ? AND post_year <= ?")) {
      query.setFetchSize(10_000);
      query.setString(1, community);
      query.setInt(2, 2024);
      query.setInt(3, 2025);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          characters += rows.getString(1).length() + rows.getString(2).length();
        }
      }
    }
    return characters;
  }

  private static long memberships(Connection connection, String community) throws SQLException {
    long count = 0;
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT member_id, tier, joined_at FROM cop_membership WHERE community_id = ?")) {
      query.setFetchSize(10_000);
      query.setString(1, community);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          count += rows.getString(1).length() + rows.getString(2).length()
              + rows.getObject(3, OffsetDateTime.class).getSecond();
        }
      }
    }
    return count;
  }

  private static long membershipsInMicros(Connection connection, String community) throws SQLException {
    long count = 0;
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT member_id, tier, CAST(EXTRACT(EPOCH FROM joined_at) * 1000000 AS BIGINT) FROM cop_membership"
            + " WHERE community_id = ?")) {
      query.setFetchSize(10_000);
      query.setString(1, community);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long micros = rows.getLong(3);
          count += rows.getString(1).length() + rows.getString(2).length()
              + java.time.Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L)
                  .atOffset(ZoneOffset.UTC).getSecond();
        }
      }
    }
    return count;
  }

  private static long questions(Connection connection, String community) throws SQLException {
    long count = 0;
    try (PreparedStatement query = connection.prepareStatement("SELECT created_at, accepted_at, first_answered_at"
        + " FROM cop_thread WHERE community_id = ? AND kind = 'QUESTION' AND state = 'PUBLISHED'"
        + " AND created_at >= ? AND created_at < ?")) {
      query.setFetchSize(10_000);
      query.setString(1, community);
      query.setObject(2, AnalyticsWorkload.WINDOW.from().minusSeconds(366L * 86_400).atOffset(ZoneOffset.UTC));
      query.setObject(3, AnalyticsWorkload.WINDOW.to().atOffset(ZoneOffset.UTC));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          count++;
          rows.getObject(1, OffsetDateTime.class);
          rows.getObject(2, OffsetDateTime.class);
          rows.getObject(3, OffsetDateTime.class);
        }
      }
    }
    return count;
  }
}
