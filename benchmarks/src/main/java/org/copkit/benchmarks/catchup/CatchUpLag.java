package org.copkit.benchmarks.catchup;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Visibility;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedPage;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.Publication;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.jpa.CopSchema;
import org.copkit.api.storage.ChangeLog;
import org.copkit.jpa.JpaStorage;

/**
 * Catch-up lag between two nodes: how long after an activity's commit on node A it first shows
 * in a feed served by node B. Not a JMH benchmark (the figure is a latency distribution under a
 * steady write rate, not the time of an operation): a harness with a main method.
 *
 * <p>Two platforms, each on its own connection pool and entity-manager factory, on one isolated,
 * migrated schema (created for the run and dropped after it). Writers publish activities on node A
 * through {@link org.copkit.api.feed.ActivityPublishing#publish} on an open-loop schedule of
 * {@code rate} writes per second (a write late on its slot does not move the next one). A reader
 * thread asks node B, through {@link org.copkit.api.feed.Feed#explain}, about the newest write
 * committed on A that it has not seen yet (and, when B does not know it, about the oldest),
 * pausing 1 ms between probes. B applies the change log in commit order, so when B explains a
 * write, every write that committed before that one started is in B's feeds too: all of them are
 * marked visible at that moment. Lag is measured from the moment {@code publish} returned on A
 * (the commit is done by then) to the moment B's answer came back. Writes of the warm-up are
 * measured too, but not reported. After the run, one page of B's feed checks that the last write
 * is on it and the page is not stale.
 *
 * <pre>
 * mvn -q -o -Dcopkit.quick -pl benchmarks -am package -DskipTests
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -cp benchmarks/target/benchmarks.jar org.copkit.benchmarks.catchup.CatchUpLag \
 *   database=POSTGRESQL rate=200 warmup=10 seconds=60 interval=500
 * </pre>
 *
 * <p>Arguments (all optional, {@code name=value}): {@code database} H2 (default), POSTGRESQL
 * ({@code COPKIT_BENCH_POSTGRES_URL}) or MARIADB ({@code COPKIT_BENCH_MARIADB_URL}); {@code rate}
 * writes per second (200); {@code warmup} and {@code seconds} (10 and 60); {@code interval} node B's
 * catch-up interval in milliseconds (the platform's default, {@value CopPlatform#DEFAULT_CATCH_UP_MILLIS},
 * when absent); {@code writers} threads writing on A (4); {@code listen} true to have both nodes
 * {@linkplain JpaStorage#listenForChanges listen for changes} (PostgreSQL only; false by default).
 */
public final class CatchUpLag {

  static final String POSTGRES_URL = "COPKIT_BENCH_POSTGRES_URL";
  static final String MARIADB_URL = "COPKIT_BENCH_MARIADB_URL";
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  /** Where both nodes keep their data. */
  public enum Database {
    /** In memory, one database shared by both pools of the JVM. */
    H2,
    /** A schema of its own in the database of {@value #POSTGRES_URL}. */
    POSTGRESQL,
    /** A database of its own on the server of {@value #MARIADB_URL}. */
    MARIADB
  }

  /**
   * What to run.
   *
   * @param database where
   * @param rate writes per second on node A
   * @param warmupSeconds seconds written before the measured ones
   * @param seconds seconds measured
   * @param interval node B's catch-up interval, or null for the platform's default
   * @param writers threads writing on node A
   * @param listen whether both nodes listen for changes (PostgreSQL's {@code LISTEN/NOTIFY})
   */
  public record Settings(Database database, int rate, int warmupSeconds, int seconds, Duration interval, int writers,
      boolean listen) {

    static Settings parse(String... args) {
      Database database = Database.H2;
      int rate = 200;
      int warmup = 10;
      int seconds = 60;
      Duration interval = null;
      int writers = 4;
      boolean listen = false;
      for (String arg : args) {
        String[] pair = org.copkit.benchmarks.Arguments.nameAndValue(arg);
        switch (pair[0]) {
          case "database" -> database = Database.valueOf(pair[1].toUpperCase(Locale.ROOT));
          case "rate" -> rate = Integer.parseInt(pair[1]);
          case "warmup" -> warmup = Integer.parseInt(pair[1]);
          case "seconds" -> seconds = Integer.parseInt(pair[1]);
          case "interval" -> interval = Duration.ofMillis(Long.parseLong(pair[1]));
          case "writers" -> writers = Integer.parseInt(pair[1]);
          case "listen" -> listen = Boolean.parseBoolean(pair[1]);
          default -> throw new IllegalArgumentException("unknown argument " + pair[0]);
        }
      }
      if (listen && database != Database.POSTGRESQL) {
        throw new IllegalArgumentException("listen=true needs database=POSTGRESQL");
      }
      return new Settings(database, rate, warmup, seconds, interval, writers, listen);
    }
  }

  /**
   * What a run measured, over the writes after the warm-up.
   *
   * @param settings what ran
   * @param written writes measured (committed on A after the warm-up)
   * @param seenOnB of those, how many node B's feed showed before the run ended
   * @param achievedRate writes per second actually committed on A in the measured period
   * @param lagMillis lag of each write seen on B, in milliseconds, sorted
   * @param publishMillis time each measured publish call took on A, in milliseconds, sorted
   * @param probes explain calls made on B to find the writes
   * @param lastPageStale whether B's feed page after the run was flagged stale
   * @param lastWriteOnPage whether the last write was on that page
   */
  public record Result(Settings settings, int written, int seenOnB, double achievedRate,
      double[] lagMillis, double[] publishMillis, int probes, boolean lastPageStale, boolean lastWriteOnPage) {

    /**
     * @param lags sorted values
     * @param fraction 0 to 1
     * @return the value at that rank (nearest rank)
     */
    static double percentile(double[] lags, double fraction) {
      if (lags.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(fraction * lags.length);
      return lags[Math.max(0, Math.min(lags.length - 1, rank - 1))];
    }

    /** @return the figures in one Markdown table row */
    public String row() {
      return String.format(Locale.ROOT, "| %s | %s%s | %d | %.1f | %d/%d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |",
          settings.database(), settings.interval() == null ? "default (" + CopPlatform.DEFAULT_CATCH_UP_MILLIS + " ms)"
              : settings.interval().toMillis() + " ms", settings.listen() ? " + LISTEN/NOTIFY" : "",
          settings.rate(), achievedRate, seenOnB, written,
          percentile(lagMillis, 0.50), percentile(lagMillis, 0.90), percentile(lagMillis, 0.99),
          lagMillis.length == 0 ? Double.NaN : lagMillis[lagMillis.length - 1],
          percentile(publishMillis, 0.99), probes);
    }

    /** @return the header of {@link #row()} */
    public static String header() {
      return "| database | B's catch-up interval | target writes/s | achieved writes/s | seen on B | lag p50 (ms) "
          + "| p90 | p99 | max | publish p99 on A (ms) | probes on B |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    }
  }

  private CatchUpLag() {}

  /**
   * Runs the harness and prints its figures.
   *
   * @param args {@code name=value} settings: see the class comment
   * @throws Exception when the database cannot be set up
   */
  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    System.out.println("Catch-up lag: " + settings);
    Result result = run(settings);
    System.out.println(Result.header());
    System.out.println(result.row());
    System.out.printf(Locale.ROOT, "after the run, B's first page: stale %s, holds the last write %s%n",
        result.lastPageStale(), result.lastWriteOnPage());
    System.exit(0);
  }

  /**
   * Sets up the two nodes, writes, measures, and drops the schema.
   *
   * @param settings what to run
   * @return the figures
   * @throws Exception when the database cannot be set up
   */
  public static Result run(Settings settings) throws Exception {
    String schema = "copkit_lag_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String url = isolatedUrl(settings.database(), schema);
    HikariDataSource poolA = pool(url, "node-a");
    HikariDataSource poolB = pool(url, "node-b");
    EntityManagerFactory factoryA = null;
    EntityManagerFactory factoryB = null;
    try {
      CopSchema.migrate(poolA);
      factoryA = Persistence.createEntityManagerFactory("copkit", Map.of("jakarta.persistence.nonJtaDataSource", poolA));
      factoryB = Persistence.createEntityManagerFactory("copkit", Map.of("jakarta.persistence.nonJtaDataSource", poolB));
      JpaStorage storageA = JpaStorage.create(factoryA);
      JpaStorage storageB = JpaStorage.create(factoryB);
      if (!settings.listen()) {
        return measure(settings, storageA, storageB);
      }
      try (ChangeLog.Subscription aListens = storageA.listenForChanges(poolA);
          ChangeLog.Subscription bListens = storageB.listenForChanges(poolB)) {
        return measure(settings, storageA, storageB);
      }
    } finally {
      if (factoryA != null) {
        factoryA.close();
      }
      if (factoryB != null) {
        factoryB.close();
      }
      poolA.close();
      poolB.close();
      drop(settings.database(), schema);
    }
  }

  private static Result measure(Settings settings, JpaStorage storageA, JpaStorage storageB) throws Exception {
    MemberId author = MemberId.of("author");
    MemberId reader = MemberId.of("reader");
    InMemoryDirectory directory = InMemoryDirectory.of(Person.active(author, "Author", "Unit"), Person.active(reader, "Reader", "Unit"));
    CopPlatform a = CopPlatform.builder().storage(storageA).directory(directory).build();
    CopPlatform.Builder builderB = CopPlatform.builder().storage(storageB).directory(directory);
    if (settings.interval() != null) {
      builderB.feedCatchUpInterval(settings.interval());
    }
    CopPlatform b = builderB.build();
    try {
      Community community = a.lifecycle().create(author,
          new CommunityDetails("Catch-up", "Latency between nodes", "", Visibility.OPEN));
      a.joining().join(reader, community.id(), "");
      b.catchUp();

      int warmupWrites = settings.rate() * settings.warmupSeconds();
      int total = warmupWrites + settings.rate() * settings.seconds();
      ActivityId[] ids = new ActivityId[total];
      for (int i = 0; i < total; i++) {
        ids[i] = new ActivityId(UUID.randomUUID());
      }
      AtomicLongArray started = new AtomicLongArray(total);
      AtomicLongArray committed = new AtomicLongArray(total);
      AtomicLongArray visible = new AtomicLongArray(total);
      Map<ActivityId, Integer> pending = new ConcurrentHashMap<>();
      AtomicInteger next = new AtomicInteger();
      AtomicInteger probes = new AtomicInteger();
      long period = SECOND / settings.rate();
      long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);

      ExecutorService threads = Executors.newFixedThreadPool(settings.writers() + 1);
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < settings.writers(); w++) {
        writers.add(threads.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < total) {
            long slot = start + i * period;
            long wait = slot - System.nanoTime();
            if (wait > 0) {
              LockSupport.parkNanos(wait);
            }
            pending.put(ids[i], i);
            started.set(i, System.nanoTime());
            Publication publication = a.activities().publish(author, new Activity(ids[i], community.id(), author,
                ActivityKind.DISCUSSION, Instant.now(), 0, 0, Set.of(), CopComponent.KNOW_HOW, Audience.COMMUNITY));
            committed.set(i, System.nanoTime());
            if (!(publication instanceof Publication.Published)) {
              throw new IllegalStateException("not published: " + publication);
            }
          }
          return null;
        }));
      }
      Running running = new Running();
      Future<?> watcher = threads.submit(() -> {
        while (running.on) {
          // B applies the log in commit order: once it shows a write, it shows every write that
          // committed before that one started. Probe the newest committed write, else the oldest.
          int newest = -1;
          int oldest = -1;
          for (int i : pending.values()) {
            long at = committed.get(i);
            if (at != 0) {
              newest = newest < 0 || at > committed.get(newest) ? i : newest;
              oldest = oldest < 0 || at < committed.get(oldest) ? i : oldest;
            }
          }
          if (newest >= 0 && !(visibleOnB(b, reader, ids, newest, started, committed, visible, pending, probes)
              || newest == oldest)) {
            visibleOnB(b, reader, ids, oldest, started, committed, visible, pending, probes);
          }
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        return null;
      });
      try {
        for (Future<?> writer : writers) {
          writer.get();
        }
      } finally {
        threads.shutdown();
      }
      // Polling nodes get twenty intervals to see the last writes; listening ones ten seconds,
      // whatever their interval: a write that needed a poll counts as not seen.
      long deadline = System.nanoTime() + (settings.listen() ? 10 * SECOND : Math.max(10 * SECOND,
          20 * (settings.interval() == null ? CopPlatform.DEFAULT_CATCH_UP_MILLIS : settings.interval().toMillis()) * 1_000_000L));
      while (!pending.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      running.on = false;
      watcher.get();
      FeedPage last = b.feed().feed(reader, FeedQuery.first(FeedQuery.MAX_SIZE));
      boolean lastOnPage = last.items().stream().map(FeedItem::activity).anyMatch(ids[total - 1]::equals);

      int written = total - warmupWrites;
      double[] lags = new double[written];
      double[] publishes = new double[written];
      int seen = 0;
      long firstStart = Long.MAX_VALUE;
      long lastCommit = Long.MIN_VALUE;
      for (int i = warmupWrites; i < total; i++) {
        firstStart = Math.min(firstStart, started.get(i));
        lastCommit = Math.max(lastCommit, committed.get(i));
        publishes[i - warmupWrites] = (committed.get(i) - started.get(i)) / 1e6;
        if (visible.get(i) != 0) {
          lags[seen++] = Math.max(0, visible.get(i) - committed.get(i)) / 1e6;
        }
      }
      lags = Arrays.copyOf(lags, seen);
      Arrays.sort(lags);
      Arrays.sort(publishes);
      double achieved = written / ((lastCommit - (start + warmupWrites * period)) / 1e9);
      return new Result(settings, written, seen, achieved, lags, publishes, probes.get(), last.stale(), lastOnPage);
    } finally {
      a.close();
      b.close();
    }
  }

  /**
   * Asks node B to explain write {@code i} to the reader; when B finds it, marks it visible now,
   * with every pending write that committed before it started.
   *
   * @return whether B found it
   */
  private static boolean visibleOnB(CopPlatform b, MemberId reader, ActivityId[] ids, int i, AtomicLongArray started,
      AtomicLongArray committed, AtomicLongArray visible, Map<ActivityId, Integer> pending, AtomicInteger probes) {
    probes.incrementAndGet();
    try {
      b.feed().explain(reader, ids[i]);
    } catch (NotFoundException notYet) {
      return false;
    }
    long now = System.nanoTime();
    long before = started.get(i);
    pending.values().removeIf(j -> {
      long at = committed.get(j);
      boolean shown = j == i || (at != 0 && at < before);
      if (shown) {
        visible.set(j, now);
      }
      return shown;
    });
    return true;
  }

  /** A flag the reader thread reads each loop. */
  private static final class Running {
    volatile boolean on = true;
  }

  private static HikariDataSource pool(String url, String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(8);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  private static String adminUrl(Database database) {
    String variable = database == Database.POSTGRESQL ? POSTGRES_URL : MARIADB_URL;
    String url = System.getenv(variable);
    if (url == null) {
      throw new IllegalStateException(variable + " is not set: no " + database + " to measure");
    }
    return url;
  }

  private static final Pattern MARIADB = Pattern.compile("^(jdbc:(?:mariadb|mysql)://[^/?]+)(?:/[^?]*)?(\\?.*)?$");

  private static String isolatedUrl(Database database, String schema) throws SQLException {
    switch (database) {
      case H2:
        return "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
      case POSTGRESQL: {
        String url = adminUrl(database);
        execute(url, "CREATE SCHEMA " + schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      }
      default: {
        String url = adminUrl(database);
        Matcher parts = MARIADB.matcher(url);
        if (!parts.matches()) {
          throw new IllegalStateException(MARIADB_URL + " is not a MariaDB JDBC URL: " + url);
        }
        execute(url, "CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        return parts.group(1) + "/" + schema + (parts.group(2) == null ? "" : parts.group(2));
      }
    }
  }

  private static void drop(Database database, String schema) throws SQLException {
    switch (database) {
      case H2 -> execute("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1", "SHUTDOWN");
      case POSTGRESQL -> execute(adminUrl(database), "DROP SCHEMA " + schema + " CASCADE");
      default -> execute(adminUrl(database), "DROP DATABASE " + schema);
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
