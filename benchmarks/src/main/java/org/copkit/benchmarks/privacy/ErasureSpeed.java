package org.copkit.benchmarks.privacy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.privacy.Erasure;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.api.storage.ChangeLog;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.benchmarks.OwnSchema;
import org.copkit.benchmarks.OwnSchema.Database;
import org.copkit.jpa.JpaStorage;

/**
 * Issue 15's figures: erasing a member who wrote 10,000 posts, and exporting them in constant
 * memory, on the JPA storage. Not a JMH benchmark (an erasure happens once per member and cannot be
 * repeated on the same data): a harness with a main method that fills a community, measures, and
 * checks what it measured.
 *
 * <p>A schema of its own (random name) on PostgreSQL ({@code COPKIT_BENCH_POSTGRES_URL}), migrated
 * with {@code CopSchema.migrate}, read and written by {@link JpaStorage} on Hibernate (validated
 * schema, a HikariCP pool), and dropped at the end ({@code drop=false} keeps it). The platform runs
 * with its defaults (in-memory search index, built-in moderation rules), no discovered add-ons, and
 * a moderation policy for the community with no pre-moderation and no newcomer limits, so a member
 * may write thousands of posts in a day.
 *
 * <p><b>The fill</b> goes through the use cases, as members write: {@code Discussions.start},
 * {@code reply} and {@code react}, each post screened, stored, published to the feed and logged in
 * the change log, as in production (filling the tables through the storage ports would leave out
 * the change log and the feed's changes, which the erasure rewrites). One community founded by
 * Jordi; Laia, Marc and Marta join. {@code threads} threads (default {@code posts / 100}), every
 * other one opened by Laia, the rest by Jordi. In each, Laia writes her share of {@code posts}
 * (her opening post counts), Marc his share of {@code posts / 10}, Marta one reply that mentions
 * {@code @laia} and reacts to Laia's first post there (helpful), and Laia likes Marta's reply.
 * One thread writes, one post after the other: every post moves the community's last activity, a
 * versioned update of the community's row, so two writers posting without a pause in one community
 * conflict until a use case's retries run out (two writers failed so after about a hundred posts).
 *
 * <p><b>The export</b> of Laia ({@code posts} posts) and of Marc ({@code posts / 10}), by the
 * administrator Núria, into an output stream that counts and discards the bytes. Two members of one
 * community rather than one member at two sizes: both exports read the same tables and the same
 * change log, and only what is theirs differs, ten times over. Both are exported once unmeasured
 * (warm-up), then {@code exports} times measured: wall time, bytes, and the heap sampled every 5 ms
 * by a background thread, peak minus the baseline after a forced GC before the export. That peak
 * holds the garbage the export made since the last collection as well as what it keeps, so each is
 * exported {@code exports} times more while the sampler forces full GCs one after the other and
 * reads the heap right after each: the most the export kept reachable at once (its retained heap).
 * Constant memory means the retained heap does not grow from Marc's export to Laia's. The bytes the
 * exporting thread allocated (garbage included) are reported too: they grow with the document.
 *
 * <p><b>The erasure</b> of Laia by Núria: the wall time of {@code Privacy.erase} (issue 15's target:
 * under 5 s for 10,000 posts), which includes this node applying the erasure's change (feed, search
 * index, expertise) before it returns. Then checked: {@code postsBy} finds no post by Laia and
 * every one of hers under the pseudonym (the community keeps an erased member's writing), and an
 * export of Laia holds no post.
 *
 * <p><b>Where the erasure's time goes</b> ({@code anatomy=true}, the default): the platform gets the
 * JPA storage through a {@link Proxy} that, during the erasure only, times each of the storage's
 * capabilities' {@code erase} (each runs in a unit of work of its own; its commit is not counted)
 * and the change log's calls. The platform's own last capability, {@code change-log}, is timed from
 * its first read of the log to the append of the erasure's change ({@code Privacy.erase}'s last
 * unit of work), and the completion with this node's catch-up from that append to the return. The
 * rest is the ledger's units of work, the {@code documents} capability and the commits. {@code
 * anatomy=false} builds the platform on the storage itself.
 *
 * <pre>
 * mvn -q -o -Dcopkit.quick -pl benchmarks -am package -DskipTests
 * COPKIT_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
 *   java -Xmx2g -cp benchmarks/target/benchmarks.jar org.copkit.benchmarks.privacy.ErasureSpeed posts=10000
 * </pre>
 *
 * <p>Arguments (all optional, {@code name=value}): {@code database} POSTGRESQL (default) or H2 (in
 * memory, for the test); {@code posts} Laia's posts (10000); {@code threads} discussion threads
 * ({@code posts / 100}, at least 1); {@code exports} measured exports of each member (3); {@code
 * anatomy} false to run on the storage itself (true); {@code drop} false to keep the schema (true).
 */
public final class ErasureSpeed {

  static final MemberId NURIA = MemberId.of("nuria");
  static final MemberId JORDI = MemberId.of("jordi");
  static final MemberId LAIA = MemberId.of("laia");
  static final MemberId MARC = MemberId.of("marc");
  static final MemberId MARTA = MemberId.of("marta");

  private static final long SAMPLE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
  private static final long GC_SAMPLE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /**
   * What to run.
   *
   * @param database where
   * @param posts how many posts Laia writes; Marc writes a tenth of them
   * @param threads how many discussion threads they are spread over
   * @param exports measured exports of each member
   * @param anatomy whether to time the erasure's parts through a proxy of the storage
   * @param drop whether to drop the schema at the end
   */
  public record Settings(Database database, int posts, int threads, int exports, boolean anatomy, boolean drop) {

    /** Validates the fields. */
    public Settings {
      if (posts < 10 || threads < 1 || threads > posts / 10 || exports < 1) {
        throw new IllegalArgumentException("need posts >= 10, 1 <= threads <= posts / 10, exports >= 1");
      }
    }

    /** @return how many posts Marc writes: a tenth of Laia's */
    public int smallPosts() {
      return posts / 10;
    }

    /**
     * @param args {@code name=value} pairs: see the class comment
     * @return the settings
     */
    public static Settings parse(String... args) {
      Database database = Database.POSTGRESQL;
      int posts = 10_000;
      Integer threads = null;
      int exports = 3;
      boolean anatomy = true;
      boolean drop = true;
      for (String arg : args) {
        String[] pair = org.copkit.benchmarks.Arguments.nameAndValue(arg);
        switch (pair[0]) {
          case "database" -> database = Database.valueOf(pair[1].toUpperCase(Locale.ROOT));
          case "posts" -> posts = Integer.parseInt(pair[1]);
          case "threads" -> threads = Integer.parseInt(pair[1]);
          case "exports" -> exports = Integer.parseInt(pair[1]);
          case "anatomy" -> anatomy = Boolean.parseBoolean(pair[1]);
          case "drop" -> drop = Boolean.parseBoolean(pair[1]);
          default -> throw new IllegalArgumentException("unknown argument " + pair[0]);
        }
      }
      return new Settings(database, posts, threads == null ? Math.max(1, posts / 100) : threads, exports, anatomy,
          drop);
    }
  }

  /**
   * One member's exports.
   *
   * @param member whose
   * @param posts how many posts they wrote
   * @param postRecords the post records the document held (counted in a separate, unmeasured export)
   * @param bytes the size of the document
   * @param millis wall time of each measured export, in milliseconds
   * @param peakHeap the most heap in use during any measured export, sampled every 5 ms, minus the
   *     baseline after a forced GC before it, in bytes
   * @param retainedHeap the most heap in use right after a forced full GC during an export (one
   *     after the other, {@code exports} exports), minus the baseline, in bytes: what the export kept
   *     reachable at once
   * @param retainedSamples how many forced GCs {@code retainedHeap} is the most of
   * @param allocated bytes the exporting thread allocated in the last measured export
   */
  public record Export(MemberId member, int posts, long postRecords, long bytes, double[] millis, long peakHeap,
      long retainedHeap, int retainedSamples, long allocated) {

    /** @return the median of the measured times, in milliseconds */
    public double medianMillis() {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      return sorted[sorted.length / 2];
    }

    /** @return the figures in one Markdown table row */
    public String row() {
      return String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %s | %.0f | %.1f | %.1f (%d GCs) | %.1f |",
          member.value(), posts, postRecords, bytes, String.join(", ", Arrays.stream(millis)
              .mapToObj(m -> String.format(Locale.ROOT, "%.0f", m)).toList()), medianMillis(), peakHeap / 1e6,
          retainedHeap / 1e6, retainedSamples, allocated / 1e6);
    }

    /** @return the header of {@link #row()} */
    public static String header() {
      return "| member | posts | post records | bytes | export times (ms) | median (ms) | peak heap above baseline (MB) "
          + "| retained heap (MB) | allocated (MB) |\n|---|---:|---:|---:|---|---:|---:|---:|---:|";
    }
  }

  /**
   * What a run measured and checked.
   *
   * @param settings what ran
   * @param fillMillis wall time of the fill, in milliseconds
   * @param postsStored posts in the community after the fill (everyone's)
   * @param large Laia's exports
   * @param small Marc's exports
   * @param eraseMillis wall time of {@code Privacy.erase} of Laia, in milliseconds
   * @param erasure its outcome
   * @param postsByLaiaAfter posts {@code postsBy} finds by Laia after the erasure
   * @param postsByPseudonym posts {@code postsBy} finds by her pseudonym
   * @param postRecordsAfter post records in an export of Laia after the erasure
   * @param exportBytesAfter the size of that export
   * @param eraseParts where the erasure's time went, when {@link Settings#anatomy}; else empty
   */
  public record Result(Settings settings, long fillMillis, long postsStored, Export large, Export small,
      long eraseMillis, Erasure erasure, long postsByLaiaAfter, long postsByPseudonym, long postRecordsAfter,
      long exportBytesAfter, List<Part> eraseParts) {

    /** @return the figures, several lines */
    public String report() {
      StringBuilder parts = new StringBuilder();
      for (Part part : eraseParts) {
        parts.append(String.format(Locale.ROOT, "%n  %-72s %,8.0f ms%s", part.name(), part.millis(),
            part.calls() > 0 ? String.format(Locale.ROOT, " (%,d calls)", part.calls()) : ""));
      }
      return String.format(Locale.ROOT, "fill: %,d posts stored in %.1f s%n%s%n%s%n%s%n"
              + "erase laia: %,d ms (%,d records changed, %d capabilities, pseudonym %s)%s%n"
              + "after the erasure: postsBy(laia) %,d, postsBy(pseudonym) %,d, export of laia %,d bytes with %,d posts",
          postsStored, fillMillis / 1e3, Export.header(), large.row(), small.row(), eraseMillis, erasure.records(),
          erasure.capabilities().size(), erasure.pseudonym().value(), parts, postsByLaiaAfter, postsByPseudonym,
          exportBytesAfter, postRecordsAfter);
    }
  }

  /**
   * A part of the erasure's time.
   *
   * @param name what
   * @param millis how long, in milliseconds
   * @param calls how many calls it was made of, or 0 when it is a stretch of time
   */
  public record Part(String name, double millis, long calls) {}

  private ErasureSpeed() {}

  /**
   * Runs the harness and prints its figures.
   *
   * @param args {@code name=value} settings: see the class comment
   * @throws Exception when the database cannot be set up
   */
  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    System.out.println("Erasure speed: " + settings + ", " + Runtime.version() + ", max heap "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
    Result result = run(settings);
    System.out.println(result.report());
    System.exit(0);
  }

  /**
   * Sets up the schema and the platform, fills, measures, checks, and drops the schema.
   *
   * @param settings what to run
   * @return the figures
   * @throws Exception when the database cannot be set up
   */
  public static Result run(Settings settings) throws Exception {
    try (OwnSchema schema = OwnSchema.create(settings.database(), "copkit_erasure_", settings.drop())) {
      JpaStorage jpa = schema.storage();
      Anatomy anatomy = new Anatomy();
      CopStorage storage = settings.anatomy() ? anatomy.wrap(jpa) : jpa;
      InMemoryDirectory directory = InMemoryDirectory.of(
          new Person(NURIA, "Núria Ferrer", "CEJFE", true, true),
          Person.active(JORDI, "Jordi Casals", "Mediació"),
          Person.active(LAIA, "Laia Pons", "Víctimes"),
          Person.active(MARC, "Marc Vidal", "Víctimes"),
          Person.active(MARTA, "Marta Roca", "Mediació"));
      CopPlatform platform = CopPlatform.builder().storage(storage).directory(directory)
          .discoverModerationRules(false).discoverRankingSignals(false).discoverActivityClassifiers(false)
          .discoverCompetenceFrameworks(false).build();
      try {
        return measure(settings, platform, anatomy);
      } finally {
        platform.close();
      }
    }
  }

  private static Result measure(Settings settings, CopPlatform platform, Anatomy anatomy) {
    long start = System.nanoTime();
    fill(settings, platform);
    long fillMillis = (System.nanoTime() - start) / 1_000_000;
    long stored = platform.discussionQueries().postsBy(NURIA, LAIA, PageRequest.first(1)).total()
        + platform.discussionQueries().postsBy(NURIA, MARC, PageRequest.first(1)).total()
        + platform.discussionQueries().postsBy(NURIA, MARTA, PageRequest.first(1)).total()
        + platform.discussionQueries().postsBy(NURIA, JORDI, PageRequest.first(1)).total();

    // warm-up: classes loaded, queries prepared, before anything is measured
    exportCounted(platform, MARC);
    exportCounted(platform, LAIA);
    Export small = export(platform, MARC, settings.smallPosts(), settings.exports());
    Export large = export(platform, LAIA, settings.posts(), settings.exports());

    collectGarbage();
    anatomy.on = Thread.currentThread();
    long t0 = System.nanoTime();
    Erasure erasure = platform.privacy().erase(NURIA, LAIA);
    long t1 = System.nanoTime();
    anatomy.on = null;
    long eraseMillis = (t1 - t0) / 1_000_000;

    long byLaia = platform.discussionQueries().postsBy(NURIA, LAIA, PageRequest.first(10)).total();
    long byPseudonym = platform.discussionQueries().postsBy(NURIA, erasure.pseudonym(), PageRequest.first(10)).total();
    ByteArrayOutputStream after = new ByteArrayOutputStream();
    platform.privacy().export(NURIA, LAIA, after);
    long postsAfter = records(after.toByteArray(), "discussion", "post");
    return new Result(settings, fillMillis, stored, large, small, eraseMillis, erasure, byLaia, byPseudonym, postsAfter,
        after.size(), settings.anatomy() ? anatomy.parts(t0, t1) : List.of());
  }

  /** The community, its members and their posts, through the use cases. */
  private static void fill(Settings settings, CopPlatform platform) {
    CommunityId community = platform.lifecycle()
        .create(JORDI, new CommunityDetails("Justícia restaurativa", "Mediació penal", "", Visibility.OPEN)).id();
    platform.moderation().configure(JORDI, community, new ModerationPolicy(0, 3.0, Duration.ZERO,
        ModerationPolicy.MAX_NEWCOMER_POSTS, ModerationPolicy.MAX_NEWCOMER_POSTS, 20, 2));
    for (MemberId member : List.of(LAIA, MARC, MARTA)) {
      platform.joining().join(member, community, "");
    }
    long start = System.nanoTime();
    for (int t = 0; t < settings.threads(); t++) {
      fillThread(settings, platform, community, t);
      if ((t + 1) % 10 == 0 || t + 1 == settings.threads()) {
        System.out.printf(Locale.ROOT, "  filled %d of %d threads in %.0f s%n", t + 1, settings.threads(),
            (System.nanoTime() - start) / 1e9);
      }
    }
  }

  private static void fillThread(Settings settings, CopPlatform platform, CommunityId community, int t) {
    int laias = share(settings.posts(), settings.threads(), t);
    int marcs = share(settings.smallPosts(), settings.threads(), t);
    boolean laiaOpens = t % 2 == 0;
    Post opening = published(platform.discussions().start(laiaOpens ? LAIA : JORDI, new StartThread(community,
        ThreadKind.DISCUSSION, Audience.COMMUNITY, "Cercle restauratiu " + t,
        "Obrim el fil " + t + " sobre els cercles restauratius i el seu seguiment.", Set.of())));
    ThreadId thread = opening.thread();
    Post laiasFirst = laiaOpens ? opening : null;
    int laiaWrote = laiaOpens ? 1 : 0;
    int marcWrote = 0;
    // interleaved: Marc writes one post for every ten of Laia's
    while (laiaWrote < laias || marcWrote < marcs) {
      if (laiaWrote < laias) {
        Post post = published(platform.discussions().reply(LAIA, Reply.to(thread,
            "Nota " + laiaWrote + " del fil " + t + ": la víctima ha demanat una segona trobada amb el facilitador.")));
        laiaWrote++;
        if (laiasFirst == null) {
          laiasFirst = post;
        }
      }
      if (marcWrote < marcs && (laiaWrote >= laias || laiaWrote % 10 == 0)) {
        published(platform.discussions().reply(MARC, Reply.to(thread,
            "Resposta " + marcWrote + " del fil " + t + ": ho parlo amb l'equip de suport a la víctima.")));
        marcWrote++;
      }
    }
    Post mention = published(platform.discussions().reply(MARTA, Reply.to(thread,
        "Gràcies @laia per les notes del fil " + t + ".")));
    platform.discussions().react(LAIA, mention.id(), Reaction.LIKE);
    if (laiasFirst != null) {
      platform.discussions().react(MARTA, laiasFirst.id(), Reaction.HELPFUL);
    }
  }

  /** Thread {@code t}'s part of {@code total} over {@code threads}: the remainder goes to the first threads. */
  private static int share(int total, int threads, int t) {
    return total / threads + (t < total % threads ? 1 : 0);
  }

  private static Post published(PostOutcome outcome) {
    if (outcome instanceof PostOutcome.Published published) {
      return published.post();
    }
    throw new IllegalStateException("not published: " + outcome);
  }

  /** The measured exports of one member, then one with forced collections for the retained heap. */
  private static Export export(CopPlatform platform, MemberId member, int posts, int times) {
    long postRecords = exportCounted(platform, member);
    double[] millis = new double[times];
    long peak = 0;
    long bytes = 0;
    long allocated = 0;
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    for (int i = 0; i < times; i++) {
      collectGarbage();
      long baseline = heapUsed();
      Sampler sampler = Sampler.start(false);
      Counting out = new Counting();
      long allocatedBefore = threads.getThreadAllocatedBytes(self);
      long t0 = System.nanoTime();
      platform.privacy().export(NURIA, member, out);
      millis[i] = (System.nanoTime() - t0) / 1e6;
      allocated = threads.getThreadAllocatedBytes(self) - allocatedBefore;
      peak = Math.max(peak, sampler.stop() - baseline);
      bytes = out.count;
    }
    long retained = 0;
    int samples = 0;
    for (int i = 0; i < times; i++) {
      collectGarbage();
      long baseline = heapUsed();
      Sampler sampler = Sampler.start(true);
      platform.privacy().export(NURIA, member, new Counting());
      retained = Math.max(retained, sampler.stop() - baseline);
      samples += sampler.samples;
    }
    return new Export(member, posts, postRecords, bytes, millis, peak, retained, samples, allocated);
  }

  /** An unmeasured export, parsed: how many post records it held. */
  private static long exportCounted(CopPlatform platform, MemberId member) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    platform.privacy().export(NURIA, member, out);
    return records(out.toByteArray(), "discussion", "post");
  }

  /**
   * @param document an export
   * @param capability a section
   * @param kind a kind of record in it
   * @return how many records of that kind the section holds
   */
  static long records(byte[] document, String capability, String kind) {
    try (JsonParser json = new JsonFactory().createParser(document)) {
      // $.capabilities.<capability>.<kind>[*]
      List<String> path = new ArrayList<>();
      String field = null;
      long count = 0;
      for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
        switch (token) {
          case FIELD_NAME -> field = json.getCurrentName();
          case START_OBJECT, START_ARRAY -> {
            if (token == JsonToken.START_OBJECT && path.equals(List.of("", "capabilities", capability, kind))) {
              count++;
            }
            path.add(field == null ? "" : field);
            field = null;
          }
          case END_OBJECT, END_ARRAY -> path.remove(path.size() - 1);
          default -> field = null;
        }
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long heapUsed() {
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  private static void collectGarbage() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
  }

  /**
   * Samples the heap in use on a thread of its own until stopped: every 5 ms, or, collecting, right
   * after each full GC it forces, one after the other (1 ms apart).
   */
  private static final class Sampler implements Runnable {
    private final boolean collecting;
    private final Thread thread;
    private volatile boolean running = true;
    private long max;
    private int samples;

    private Sampler(boolean collecting) {
      this.collecting = collecting;
      this.thread = new Thread(this, "heap-sampler");
      this.thread.setDaemon(true);
    }

    static Sampler start(boolean collecting) {
      Sampler sampler = new Sampler(collecting);
      sampler.thread.start();
      return sampler;
    }

    @Override
    public void run() {
      while (running) {
        if (collecting) {
          System.gc();
        }
        max = Math.max(max, heapUsed());
        samples++;
        LockSupport.parkNanos(collecting ? GC_SAMPLE_NANOS : SAMPLE_NANOS);
      }
    }

    /** @return the most heap in use seen, the last sample taken after the export ended */
    long stop() {
      running = false;
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return collecting ? max : Math.max(max, heapUsed());
    }
  }

  /**
   * Times the erasure from the storage's side, on the thread {@link #on} names: each storage
   * capability's {@code erase}, and the change log's calls, through proxies (the node's background
   * catch-up, on a thread of its own, is not counted).
   */
  static final class Anatomy {
    /** Per name: calls, nanoseconds. */
    private final Map<String, long[]> timings = new ConcurrentHashMap<>();
    /** Per name: the first time it was called. */
    private final Map<String, Long> firsts = new ConcurrentHashMap<>();
    private final List<String> capabilities = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The thread whose calls are timed, or null. */
    private volatile Thread on;
    private volatile ChangeLog changeLog;

    /**
     * @param storage the storage
     * @return the same storage, its capabilities and change log timed
     */
    /** The change log's call that appends the erasure's change, which tells the nodes. */
    private static final String TELLING = "changeLog.appendClaiming";

    CopStorage wrap(CopStorage storage) {
      InvocationHandler handler = (proxy, method, args) -> {
        if (method.getName().equals("personalData") && method.getParameterCount() == 0) {
          @SuppressWarnings("unchecked")
          List<PersonalData> held = (List<PersonalData>) call(storage, method, args);
          return held.stream().map(data -> (PersonalData) new TimedData(data)).toList();
        }
        if (method.getName().equals("changeLog") && method.getParameterCount() == 0) {
          if (changeLog == null) {
            ChangeLog log = (ChangeLog) call(storage, method, args);
            changeLog = (ChangeLog) Proxy.newProxyInstance(ChangeLog.class.getClassLoader(),
                new Class<?>[] {ChangeLog.class}, (p, m, a) -> timed("changeLog." + m.getName(), () -> call(log, m, a)));
          }
          return changeLog;
        }
        return call(storage, method, args);
      };
      return (CopStorage) Proxy.newProxyInstance(CopStorage.class.getClassLoader(), new Class<?>[] {CopStorage.class},
          handler);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    /** A call that may throw anything. */
    @FunctionalInterface
    private interface Call {
      Object run() throws Throwable;
    }

    private Object timed(String name, Call call) throws Throwable {
      if (on != Thread.currentThread()) {
        return call.run();
      }
      long start = System.nanoTime();
      firsts.putIfAbsent(name, start);
      try {
        return call.run();
      } finally {
        // the change log's calls after the erasure's change was appended are this node's catch-up
        String phase = firsts.containsKey(TELLING) && !name.equals(TELLING)
            ? name + " (after the erasure's change)" : name;
        long[] timing = timings.computeIfAbsent(phase, k -> new long[2]);
        synchronized (timing) {
          timing[0]++;
          timing[1] += System.nanoTime() - start;
        }
      }
    }

    /**
     * @param start when the erasure was asked for
     * @param end when it returned
     * @return where its time went
     */
    List<Part> parts(long start, long end) {
      List<Part> parts = new ArrayList<>();
      double accounted = 0;
      for (String capability : capabilities) {
        long[] timing = timings.getOrDefault("erase " + capability, new long[2]);
        parts.add(new Part("capability " + capability + " (the storage's erase)", timing[1] / 1e6, 0));
        accounted += timing[1] / 1e6;
      }
      Long firstRead = firsts.get("changeLog.after");
      Long appended = firsts.get(TELLING);
      if (firstRead != null && appended != null && firstRead < appended) {
        double changeLogMillis = (appended - firstRead) / 1e6;
        parts.add(new Part("capability change-log (first read of the log to the erasure's change)", changeLogMillis, 0));
        for (String call : List.of("changeLog.after", "changeLog.rewrite")) {
          long[] timing = timings.getOrDefault(call, new long[2]);
          parts.add(new Part("  of which " + call, timing[1] / 1e6, timing[0]));
        }
        double completion = (end - appended) / 1e6;
        parts.add(new Part("the erasure's change appended to the return (second pass, this node's catch-up)",
            completion, 0));
        long[] catchUp = timings.getOrDefault("changeLog.after (after the erasure's change)", new long[2]);
        parts.add(new Part("  of which changeLog.after", catchUp[1] / 1e6, catchUp[0]));
        accounted += changeLogMillis + completion;
      }
      parts.add(new Part("the rest: ledger, documents capability, commits", (end - start) / 1e6 - accounted, 0));
      return parts;
    }

    /** A storage capability, its erasure timed. */
    private final class TimedData implements PersonalData {
      private final PersonalData data;

      TimedData(PersonalData data) {
        this.data = data;
        if (!capabilities.contains(data.capability())) {
          capabilities.add(data.capability());
        }
      }

      @Override
      public String capability() {
        return data.capability();
      }

      @Override
      public void export(MemberId member, PersonalRecords out) {
        data.export(member, out);
      }

      @Override
      public long erase(Pseudonymisation erasure) {
        try {
          return (Long) timed("erase " + data.capability(), () -> data.erase(erasure));
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** Counts what is written, and forgets it. */
  private static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
