package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.tck.community.CommunityFixtures.aMembership;
import static org.copkit.tck.discussion.DiscussionFixtures.aPost;
import static org.copkit.tck.discussion.DiscussionFixtures.aThread;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.port.MemberTally;
import org.copkit.api.analytics.port.ReportCounts;
import org.copkit.api.analytics.port.ReportWindows;
import org.copkit.api.analytics.port.Scope;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostState;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;
import org.copkit.api.storage.CopStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The participation reports' contribution summary (migration V31) on a real database: after any mix
 * of writes — posts written, hidden, published again, moved to another community, their author
 * erased, and many writers at once on real threads — the summary kept on write holds exactly what
 * the migration's backfill computes from the posts, and the report counts what was written. A
 * subclass per database names its {@link MigratedStorage}.
 */
abstract class ContributionSummarySuite {

  private static final Instant T0 = Instant.parse("2025-12-31T22:00:00.123456Z");
  private static final MemberId ANA = MemberId.of("ana");
  private static final MemberId BEA = MemberId.of("bea");

  /** @return the storage on this class's database */
  abstract MigratedStorage database();

  /** @return the folder of this database's migrations */
  abstract String vendor();

  private CopStorage storage;
  private final CommunityId c = CommunityId.random();
  private final CommunityId d = CommunityId.random();

  @BeforeEach
  void empty() {
    storage = database().emptyStorage();
    inTransaction(() -> {
      for (CommunityId community : List.of(c, d)) {
        for (MemberId member : List.of(ANA, BEA)) {
          storage.memberships().add(aMembership().in(community).of(member).withTier(Tier.PARTICIPANT)
              .joinedAt(T0.minus(Duration.ofDays(400))).build());
        }
      }
      return null;
    });
  }

  @Test
  void followsEveryWriteAndHoldsWhatTheBackfillComputes() throws Exception {
    DiscussionThread first = thread(c, ANA, T0);
    List<Post> replies = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      MemberId author = i % 2 == 0 ? ANA : BEA;
      // 22:00 UTC on 31 December, then every hour: the posts fall in two years (two rows per author)
      replies.add(post(first, author, T0.plus(Duration.ofHours(i)), i % 3 == 0 ? CopComponent.LEARNING
          : CopComponent.KNOW_HOW, PostState.PUBLISHED));
    }
    post(first, ANA, T0.plus(Duration.ofMinutes(30)), CopComponent.ANTENNA, PostState.HIDDEN);
    // the same author, instant and component twice: hiding one leaves the other counted
    Post twin = post(first, BEA, T0.plus(Duration.ofHours(1)), CopComponent.KNOW_HOW, PostState.PUBLISHED);
    DiscussionThread moved = thread(c, BEA, T0.plus(Duration.ofDays(2)));
    post(moved, ANA, T0.plus(Duration.ofDays(2).plusHours(1)), CopComponent.PRODUCTION, PostState.PUBLISHED);
    assertThat(contributions(c)).isEqualTo(10);

    Post hidden = inTransaction(() -> storage.posts().update(replies.get(0).withState(PostState.HIDDEN, "off topic")));
    inTransaction(() -> storage.posts().update(replies.get(1).withState(PostState.HIDDEN, "off topic")));
    inTransaction(() -> storage.posts().update(hidden.withState(PostState.PUBLISHED, "")));
    inTransaction(() -> storage.posts().update(twin.withState(PostState.HIDDEN, "twice")));
    assertTheSummaryIsTheBackfill();
    assertThat(contributions(c)).isEqualTo(8);

    inTransaction(() -> {
      storage.threads().update(moved.movedTo(d));
      storage.posts().moveThread(moved.id(), d);
      return null;
    });
    assertTheSummaryIsTheBackfill();
    assertThat(contributions(c)).isEqualTo(6);
    assertThat(contributions(d)).isEqualTo(2);

    assertTheAnswerTimesAreTheBackfill();

    MemberId pseudonym = MemberId.of("erased-ana");
    PersonalData discussion = storage.personalData().stream().filter(data -> data.capability().equals("discussion"))
        .findFirst().orElseThrow();
    inTransaction(() -> discussion.erase(new Pseudonymisation(ANA, pseudonym, Set.of())));
    assertTheSummaryIsTheBackfill();
    assertThat(summaryAuthors()).doesNotContain(ANA.value()).contains(pseudonym.value());
    // the pseudonym is no member: the report counts what the posts' table counts, without ana
    assertThat(contributions(c)).isEqualTo(3);
  }

  @Test
  void writersAtOnceLoseNoContribution() throws Exception {
    DiscussionThread thread = thread(c, BEA, T0.minus(Duration.ofDays(1)));
    List<Post> hideLater = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      hideLater.add(post(thread, ANA, T0.minus(Duration.ofHours(i + 1)), CopComponent.KNOW_HOW, PostState.PUBLISHED));
    }
    int writers = 6;
    int each = 15;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(pool.submit((Callable<Void>) () -> {
          start.await();
          for (int i = 0; i < each; i++) {
            // the same rows: ana's of both years (the last writers cross midnight)
            Instant at = T0.plus(Duration.ofMinutes(writer * 25L + i));
            Post post = aPost().in(thread).by(ANA).writtenAt(at).classifiedAs(CopComponent.PRODUCTION).build();
            inTransaction(() -> {
              storage.posts().add(post);
              return null;
            });
            if (writer < 2 && i < hideLater.size() / 2) {
              Post toHide = hideLater.get(writer * hideLater.size() / 2 + i);
              inTransaction(() -> storage.posts().update(toHide.withState(PostState.HIDDEN, "hidden while others write")));
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> writer : done) {
        writer.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertTheSummaryIsTheBackfill();
    assertThat(contributions(c)).isEqualTo(1 + writers * each);
    assertTheAnswerTimesAreTheBackfill();
  }

  /** Bea's opening post and a thread in the community. */
  private DiscussionThread thread(CommunityId community, MemberId author, Instant at) {
    DiscussionThread thread = aThread().in(community).by(author).createdAt(at).build();
    inTransaction(() -> {
      storage.threads().add(thread);
      storage.posts().add(aPost().opening(thread).classifiedAs(CopComponent.KNOW_HOW).build());
      return null;
    });
    return thread;
  }

  private Post post(DiscussionThread thread, MemberId author, Instant at, CopComponent component, PostState state) {
    Post post = aPost().in(thread).by(author).writtenAt(at).classifiedAs(component).inState(state).build();
    inTransaction(() -> {
      storage.posts().add(post);
      return null;
    });
    return post;
  }

  /** The community's contributions over 2024–2026 by the report, and the same by the port's own method. */
  private long contributions(CommunityId community) {
    Window span = Window.between(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
    Window lastHours = Window.between(T0, T0.plus(Duration.ofHours(3)));
    ReportCounts counts = inTransaction(() -> storage.contributions().report(Scope.of(community),
        new ReportWindows(Set.of(span), Set.of(span, lastHours), Set.of(span, lastHours), Set.of(span), Set.of())));
    long total = counts.contributors().get(span).stream().mapToLong(MemberTally::contributions).sum();
    long byComponent = counts.components().get(span).values().stream().mapToLong(Long::longValue).sum();
    long byHistogram = counts.histograms().get(span).entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
    assertThat(byComponent).isEqualTo(total);
    assertThat(byHistogram).isEqualTo(total);
    return total;
  }

  private <T> T inTransaction(Supplier<T> work) {
    return storage.transactions().inTransaction(work);
  }

  private Set<String> summaryAuthors() throws SQLException {
    Set<String> authors = new HashSet<>();
    try (Connection connection = database().dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT author FROM cop_contribution_summary")) {
      while (rows.next()) {
        authors.add(rows.getString(1));
      }
    }
    return authors;
  }

  /**
   * Each thread's answer times as the writes kept them (migration V37's columns) are those its
   * backfill computes from the posts now.
   */
  private void assertTheAnswerTimesAreTheBackfill() throws SQLException {
    String computed = "SELECT id, accepted_at, first_answered_at,"
        + " (SELECT a.created_at FROM cop_post a WHERE a.id = cop_thread.accepted_answer_id),"
        + " (SELECT MIN(p.created_at) FROM cop_post p WHERE p.thread_id = cop_thread.id AND p.state = 'PUBLISHED'"
        + " AND p.in_reply_to IS NULL AND p.id <> cop_thread.opening_post_id AND p.author <> cop_thread.author)"
        + " FROM cop_thread";
    int threads = 0;
    int answered = 0;
    try (Connection connection = database().dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(computed)) {
      while (rows.next()) {
        threads++;
        assertThat(rows.getObject(2)).as("accepted_at of thread %s", rows.getString(1)).isEqualTo(rows.getObject(4));
        assertThat(rows.getObject(3)).as("first_answered_at of thread %s", rows.getString(1)).isEqualTo(rows.getObject(5));
        answered += rows.getObject(3) == null ? 0 : 1;
      }
    }
    assertThat(threads).isPositive();
    assertThat(answered).as("threads with a first answer").isPositive();
  }

  /**
   * Runs the migration's backfill into a copy of the table and compares: per row, the same count
   * and the same tokens (in whatever order they were appended).
   */
  private void assertTheSummaryIsTheBackfill() throws SQLException, IOException {
    String backfill;
    try (InputStream script = getClass().getClassLoader()
        .getResourceAsStream(CopSchema.MIGRATIONS + "/" + vendor() + "/V31__contribution_summary.sql")) {
      backfill = new String(script.readAllBytes(), StandardCharsets.UTF_8);
    }
    String insert = backfill.substring(backfill.indexOf("INSERT INTO cop_contribution_summary"), backfill.lastIndexOf(';'))
        .replace("INSERT INTO cop_contribution_summary", "INSERT INTO cop_contribution_summary_check");
    try (Connection connection = database().dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS cop_contribution_summary_check");
      statement.execute("CREATE TABLE cop_contribution_summary_check AS SELECT * FROM cop_contribution_summary WHERE 1 = 0");
      if (vendor().equals("mariadb")) {
        statement.execute("SET SESSION group_concat_max_len = 4294967295");
      }
      statement.execute(insert);
      Map<String, String> kept = rows(statement, "cop_contribution_summary");
      Map<String, String> computed = rows(statement, "cop_contribution_summary_check");
      statement.execute("DROP TABLE cop_contribution_summary_check");
      assertThat(kept).isNotEmpty().isEqualTo(computed);
    }
  }

  /** @return per community, author and year: the count and the sorted tokens */
  private static Map<String, String> rows(Statement statement, String table) throws SQLException {
    Map<String, String> rows = new TreeMap<>();
    try (ResultSet result = statement.executeQuery(
        "SELECT community_id, author, post_year, contributions, posts FROM " + table)) {
      while (result.next()) {
        String[] tokens = result.getString(5).split("(?<=[a-z])");
        Arrays.sort(tokens);
        rows.put(result.getString(1) + "/" + result.getString(2) + "/" + result.getInt(3),
            result.getLong(4) + ": " + String.join(" ", tokens));
      }
    }
    return rows;
  }
}
