package org.copkit.benchmarks.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.EventFormat;
import org.copkit.api.learning.EventKind;
import org.copkit.api.learning.ScheduleEvent;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.Digest;
import org.copkit.api.notification.DigestSection;
import org.copkit.api.notification.Frequency;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.benchmarks.Arguments;
import org.copkit.benchmarks.MovableClock;
import org.copkit.benchmarks.OwnSchema;
import org.copkit.benchmarks.OwnSchema.Database;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;

/**
 * Issue 14's figure: the daily digests of 100,000 members built and sent in under a minute on
 * PostgreSQL. Not a JMH benchmark (a digest is sent once per member and period; sending again
 * finds it sent): a harness with a main method that fills a platform, sends the day's digests,
 * measures, and checks what it measured.
 *
 * <p>A schema of its own on PostgreSQL ({@code COPKIT_BENCH_POSTGRES_URL}, see {@link OwnSchema}),
 * {@code JpaStorage} on Hibernate, and a platform with its defaults (in-memory feed and search
 * index, built-in moderation rules), nothing discovered, on a clock the harness moves.
 *
 * <p><b>The fill</b>, through the use cases: {@code communities} communities, each founded by its
 * own e-moderator, with no pre-moderation and no newcomer limits. {@code members} members each join
 * one community (member {@code i} the community {@code i mod communities}) and every third a
 * second one; each takes a daily digest at 07:00, half of them in UTC and half in Europe/Madrid,
 * and so do the e-moderators (in UTC).
 * Then, on the first day, in every community: a learning event for the next morning whose {@code
 * seats} seats its first members take; {@code threads} threads started by its members, each with
 * two replies; and one post flagged, so its e-moderator has a review waiting. Fill threads: {@code
 * fillers} (default 2).
 *
 * <p><b>The measure</b>: the clock moves to 08:30 UTC of the next day, when every member's digest
 * is due, and the administrator calls {@code Digests.sendDue} once: its wall time, the digests it
 * sent and what they held. Then once more: it must send nothing (each member's digest for the day
 * is sent), and its time is what an idle run of the host's scheduler costs.
 *
 * <pre>
 * mvn -q -o -Dcopkit.quick -pl benchmarks -am package -DskipTests
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -Xmx4g -cp benchmarks/target/benchmarks.jar org.copkit.benchmarks.notification.DigestSpeed members=100000
 * </pre>
 *
 * <p>Arguments (all optional, {@code name=value}): {@code database} POSTGRESQL (default) or H2;
 * {@code members} (100000); {@code communities} (20); {@code threads} per community (50); {@code
 * seats} per event (100); {@code fillers} threads filling (2); {@code drop} false to keep the
 * schema (true); {@code nodes} 2 to have two platforms on the one database call {@code sendDue} at
 * once, sharing its pages (1).
 */
public final class DigestSpeed {

  static final MemberId ADMIN = MemberId.of("admin");
  static final Instant DAY_ONE = Instant.parse("2026-11-02T05:00:00Z");
  static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

  /**
   * What to run.
   *
   * @param database where
   * @param members how many members take a daily digest
   * @param communities how many communities they belong to
   * @param threads threads started in each community on the first day
   * @param seats seats of each community's event, taken by its first members
   * @param fillers threads filling
   * @param drop whether to drop the schema at the end
   * @param nodes how many platforms on the one database call {@code sendDue} at once, 1 or 2
   */
  public record Settings(Database database, int members, int communities, int threads, int seats, int fillers,
      boolean drop, int nodes) {

    /** Validates the fields. */
    public Settings {
      if (communities < 1 || members < communities || threads < 1 || seats < 1 || seats > members / communities
          || fillers < 1 || nodes < 1 || nodes > 2) {
        throw new IllegalArgumentException("need communities >= 1, members >= communities, threads >= 1,"
            + " 1 <= seats <= members / communities, fillers >= 1, nodes 1 or 2");
      }
    }

    /**
     * @param args {@code name=value} pairs: see the class comment
     * @return the settings
     */
    public static Settings parse(String... args) {
      Database database = Database.POSTGRESQL;
      int members = 100_000;
      int communities = 20;
      int threads = 50;
      int seats = 100;
      int fillers = 2;
      boolean drop = true;
      int nodes = 1;
      for (String arg : args) {
        String[] pair = Arguments.nameAndValue(arg);
        switch (pair[0]) {
          case "database" -> database = Database.valueOf(pair[1].toUpperCase(Locale.ROOT));
          case "members" -> members = Integer.parseInt(pair[1]);
          case "communities" -> communities = Integer.parseInt(pair[1]);
          case "threads" -> threads = Integer.parseInt(pair[1]);
          case "seats" -> seats = Integer.parseInt(pair[1]);
          case "fillers" -> fillers = Integer.parseInt(pair[1]);
          case "drop" -> drop = Boolean.parseBoolean(pair[1]);
          case "nodes" -> nodes = Integer.parseInt(pair[1]);
          default -> throw new IllegalArgumentException("unknown argument " + pair[0]);
        }
      }
      return new Settings(database, members, communities, threads, seats, fillers, drop, nodes);
    }
  }

  /**
   * What a run measured and checked.
   *
   * @param settings what ran
   * @param fillMillis wall time of the fill, in milliseconds
   * @param sendMillis wall time of the first {@code sendDue} (of every node at once), in milliseconds
   * @param digests the digests it sent (every node's)
   * @param perNode how many of them each node sent
   * @param withSection how many of them held each section
   * @param againMillis wall time of the second {@code sendDue}, in milliseconds
   * @param sentAgain the digests the second one sent
   */
  public record Result(Settings settings, long fillMillis, long sendMillis, List<Digest> digests,
      List<Integer> perNode, Map<DigestSection, Integer> withSection, long againMillis, int sentAgain) {

    /** @return the figures, several lines */
    public String report() {
      return String.format(Locale.ROOT,
          "fill: %,d members in %,d communities in %.1f s%n"
              + "sendDue: %,d digests in %,d ms (%.0f digests/s), by node %s; with a section: %s%n"
              + "sendDue again: %,d digests in %,d ms",
          settings.members(), settings.communities(), fillMillis / 1e3, digests.size(), sendMillis,
          digests.size() * 1000.0 / Math.max(1, sendMillis), perNode, withSection, sentAgain, againMillis);
    }
  }

  private DigestSpeed() {}

  /**
   * Runs the harness and prints its figures.
   *
   * @param args {@code name=value} settings: see the class comment
   * @throws Exception when the database cannot be set up
   */
  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    System.out.println("Digest speed: " + settings + ", " + Runtime.version() + ", max heap "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
    Result result = run(settings);
    System.out.println(result.report());
    System.exit(0);
  }

  /**
   * Sets up the schema and the platform, fills, measures, and drops the schema.
   *
   * @param settings what to run
   * @return the figures
   * @throws Exception when the database cannot be set up or the fill fails
   */
  public static Result run(Settings settings) throws Exception {
    try (OwnSchema schema = OwnSchema.create(settings.database(), "copkit_digest_", settings.drop())) {
      List<Person> people = new ArrayList<>();
      people.add(new Person(ADMIN, "Administració", "CEJFE", true, true));
      for (int c = 0; c < settings.communities(); c++) {
        people.add(Person.active(founder(c), "E-moderador " + c, "Unitat " + c));
      }
      for (int i = 0; i < settings.members(); i++) {
        people.add(Person.active(member(i), "Membre " + i, "Unitat " + i % 97));
      }
      MovableClock clock = new MovableClock(DAY_ONE);
      CopPlatform platform = CopPlatform.builder().storage(schema.storage())
          .directory(InMemoryDirectory.of(people.toArray(Person[]::new))).clock(clock)
          .discoverModerationRules(false).discoverRankingSignals(false).discoverActivityClassifiers(false)
          .discoverCompetenceFrameworks(false).build();
      try {
        long start = System.nanoTime();
        fill(settings, platform, clock);
        long fillMillis = (System.nanoTime() - start) / 1_000_000;

        clock.set(DAY_ONE.plus(Duration.ofHours(27).plusMinutes(30))); // 08:30 UTC of the second day
        List<CopPlatform> nodes = new ArrayList<>(List.of(platform));
        if (settings.nodes() == 2) {
          nodes.add(CopPlatform.builder().storage(schema.storage())
              .directory(InMemoryDirectory.of(people.toArray(Person[]::new))).clock(clock)
              .discoverModerationRules(false).discoverRankingSignals(false).discoverActivityClassifiers(false)
              .discoverCompetenceFrameworks(false).build());
        }
        long t0 = System.nanoTime();
        List<java.util.concurrent.Future<List<Digest>>> sending = new ArrayList<>();
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(nodes.size());
        for (CopPlatform node : nodes) {
          sending.add(callers.submit(() -> node.digests().sendDue(ADMIN)));
        }
        List<Digest> digests = new ArrayList<>();
        List<Integer> perNode = new ArrayList<>();
        for (java.util.concurrent.Future<List<Digest>> sent : sending) {
          digests.addAll(sent.get());
          perNode.add(sent.get().size());
        }
        callers.shutdown();
        long t1 = System.nanoTime();
        nodes.subList(1, nodes.size()).forEach(CopPlatform::close);
        List<Digest> again = platform.digests().sendDue(ADMIN);
        long t2 = System.nanoTime();
        Map<DigestSection, Integer> withSection = new EnumMap<>(DigestSection.class);
        for (Digest digest : digests) {
          digest.unsubscribe().keySet().forEach(section -> withSection.merge(section, 1, Integer::sum));
        }
        return new Result(settings, fillMillis, (t1 - t0) / 1_000_000, digests, perNode, withSection,
            (t2 - t1) / 1_000_000, again.size());
      } finally {
        platform.close();
      }
    }
  }

  static MemberId founder(int community) {
    return MemberId.of("moderador-" + community);
  }

  static MemberId member(int i) {
    return MemberId.of("membre-" + i);
  }

  private static void fill(Settings settings, CopPlatform platform, MovableClock clock) throws Exception {
    List<CommunityId> communities = new ArrayList<>();
    for (int c = 0; c < settings.communities(); c++) {
      CommunityId community = platform.lifecycle().create(founder(c),
          new CommunityDetails("Comunitat " + c, "Pràctica " + c, "", Visibility.OPEN)).id();
      platform.moderation().configure(founder(c), community, new ModerationPolicy(0, 3.0, Duration.ZERO,
          ModerationPolicy.MAX_NEWCOMER_POSTS, ModerationPolicy.MAX_NEWCOMER_POSTS, 20, 2));
      communities.add(community);
    }
    AttentionSettings daily = AttentionSettings.DEFAULT.withFrequency(Frequency.DAILY);
    AttentionSettings utc = daily.at(ZoneOffset.UTC, LocalTime.of(7, 0));
    AttentionSettings madrid = daily.at(MADRID, LocalTime.of(7, 0));
    for (int c = 0; c < settings.communities(); c++) {
      platform.digests().configure(founder(c), utc);
    }
    long start = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    inParallel(settings.fillers(), settings.members(), i -> {
      int first = i % communities.size();
      platform.joining().join(member(i), communities.get(first), "");
      int second = (i * 7 + 3) % communities.size();
      if (i % 3 == 0 && communities.size() > 1) {
        platform.joining().join(member(i), communities.get(second == first ? (first + 1) % communities.size() : second),
            "");
      }
      platform.digests().configure(member(i), i % 2 == 0 ? utc : madrid);
      int n = done.incrementAndGet();
      if (n % 10_000 == 0) {
        System.out.printf(Locale.ROOT, "  %,d members joined in %.0f s%n", n, (System.nanoTime() - start) / 1e9);
      }
    });
    clock.set(DAY_ONE.plus(Duration.ofHours(1)));
    LocalDateTime tomorrow = LocalDateTime.ofInstant(DAY_ONE, ZoneOffset.UTC).plusDays(1).withHour(10);
    int c2 = communities.size();
    for (int c = 0; c < c2; c++) {
      CalendarEvent event = platform.learningCalendar().schedule(founder(c), new ScheduleEvent(communities.get(c),
          EventKind.GOOD_PRACTICE_SESSION, "Sessió de bones pràctiques " + c, "", EventFormat.ONLINE,
          "https://intranet.example/sessio/" + c, tomorrow, tomorrow.plusHours(2), ZoneOffset.UTC, settings.seats(),
          Set.of()));
      int community = c;
      // one thread: every registration moves the event's version, so concurrent ones retry
      inParallel(1, settings.seats(), s -> platform.learningCalendar().register(member(community + s * c2), event.id()));
    }
    clock.set(DAY_ONE.plus(Duration.ofHours(2)));
    SplittableRandom random = new SplittableRandom(42);
    int perCommunity = settings.members() / c2;
    int[] authors = random.ints((long) c2 * settings.threads() * 3, 0, perCommunity).toArray();
    inParallel(settings.fillers(), c2, c -> {
      CommunityId community = communities.get(c);
      for (int t = 0; t < settings.threads(); t++) {
        int at = (c * settings.threads() + t) * 3;
        PostOutcome opened = platform.discussions().start(member(c + authors[at] * c2), new StartThread(community,
            ThreadKind.QUESTION, Audience.COMMUNITY, "Dubte " + t + " de la comunitat " + c,
            "Com tramitem l'expedient " + t + " quan la víctima demana una segona trobada?", Set.of()));
        if (!(opened instanceof PostOutcome.Published published)) {
          throw new IllegalStateException("a thread was not published: " + opened);
        }
        for (int r = 1; r <= 2; r++) {
          platform.discussions().reply(member(c + authors[at + r] * c2), Reply.to(published.thread().id(),
              "Resposta " + r + ": ho hem fet amb el servei de mediació i va anar bé."));
        }
        if (t == 0) {
          platform.moderation().flag(member(c + ((authors[at] + 1) % perCommunity) * c2), new RaiseFlag(community,
              new ModerationSubject.OfPost(published.post().id()), FlagReason.OFF_TOPIC, ""));
        }
      }
    });
  }

  private interface Step {
    void run(int i) throws Exception;
  }

  /** Runs steps 0 to {@code count - 1} on {@code threads} threads, each taking the next step left. */
  private static void inParallel(int threads, int count, Step step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            step.run(i);
          }
          return null;
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
