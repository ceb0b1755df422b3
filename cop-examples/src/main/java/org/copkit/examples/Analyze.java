package org.copkit.examples;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.api.analytics.Participation;
import org.copkit.api.analytics.Window;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.examples.analytics.AnalysedCommunity;
import org.copkit.examples.analytics.ReportJson;
import org.copkit.examples.analytics.ReportPage;
import org.copkit.examples.stackexchange.DumpException;
import org.copkit.examples.stackexchange.ImportProgress;
import org.copkit.examples.stackexchange.ImportedCommunity;
import org.copkit.examples.stackexchange.StackExchangeImporter;
import org.copkit.jpa.CopSchema;
import org.copkit.jpa.JpaStorage;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The {@code analyze} command: imports a Stack Exchange dump into a new community and writes its
 * participation report over the whole dump, as one window, in JSON and as an HTML page.
 *
 * <pre>
 * mvn -q -pl cop-examples -am -DskipTests -Dcopkit.quick package exec:java \
 *     -Dexec.mainClass=org.copkit.examples.Analyze \
 *     -Dexec.args="analyze --stackexchange ../shared/data/stackexchange/bicycles-meta \
 *         --json cop-examples/target/bicycles-meta.json --html cop-examples/target/bicycles-meta.html"
 * </pre>
 *
 * <p>Options: {@code --stackexchange DIR} (required), {@code --json FILE}, {@code --html FILE}, and
 * {@code --jpa} to keep the community in the JPA adapter on an embedded H2 database instead of in
 * memory. Relative paths are resolved against the working directory: the project's root when Maven
 * is run from there, as above.
 */
public final class Analyze {

  private static final String USAGE =
      "usage: analyze --stackexchange DIR [--json OUT.json] [--html OUT.html] [--jpa]";

  private final PrintStream out;

  private Analyze(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the command; exits with 2 on a usage error and 1 when the dump cannot be imported.
   *
   * @param args {@code analyze --stackexchange DIR [--json OUT.json] [--html OUT.html] [--jpa]}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the command.
   *
   * @param args the command line
   * @param out where progress and figures are printed
   * @param err where errors are printed
   * @return 0 when done, 2 on a usage error, 1 when the dump cannot be imported
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      new Analyze(out).analyze(options);
      return 0;
    } catch (DumpException e) {
      err.println("cannot import: " + e.getMessage());
      return 1;
    }
  }

  private void analyze(Options options) {
    if (!options.jpa()) {
      analyze(options, InMemoryStorage.create(), "in memory");
      return;
    }
    System.setProperty("org.jboss.logging.provider", "slf4j"); // Hibernate logs through SLF4J, at WARN
    JdbcConnectionPool dataSource = JdbcConnectionPool.create(
        "jdbc:h2:mem:analyze-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    EntityManagerFactory entityManagerFactory = null;
    try {
      CopSchema.migrate(dataSource);
      entityManagerFactory = Persistence.createEntityManagerFactory("copkit",
          Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
      analyze(options, JpaStorage.create(entityManagerFactory), "JPA on embedded H2");
    } finally {
      if (entityManagerFactory != null) {
        entityManagerFactory.close();
      }
      dataSource.dispose();
    }
  }

  private void analyze(Options options, CopStorage storage, String storageName) {
    out.println("Importing " + options.dump() + " (" + storageName + ")");
    long started = System.nanoTime();
    ImportedCommunity imported = StackExchangeImporter.into(storage).reportingTo(this::progress)
        .importFrom(options.dump());
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    imported.summary().lines().forEach(line -> out.println("  " + line));
    out.printf(Locale.ROOT, "  imported in %.1f s%n", took.toMillis() / 1000.0);

    Window wholeDump = Window.between(imported.firstActivity().truncatedTo(ChronoUnit.DAYS),
        imported.lastActivity().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS));
    long reporting = System.nanoTime();
    CommunityReport report = imported.platform().participationReports()
        .community(imported.administrator(), imported.community(), wholeDump);
    Duration reportTook = Duration.ofNanos(System.nanoTime() - reporting);
    String name = imported.platform().communityQueries().community(imported.administrator(), imported.community()).name();
    AnalysedCommunity analysed = new AnalysedCommunity(name, options.dump().toString(), report, imported.summary(), took);

    printParticipation(report);
    out.printf(Locale.ROOT, "  report computed in %.2f s%n", reportTook.toNanos() / 1e9);
    options.json().ifPresent(file -> {
      ReportJson.write(analysed, file);
      out.println("JSON report: " + file.toAbsolutePath().normalize());
    });
    options.html().ifPresent(file -> {
      ReportPage.write(analysed, file);
      out.println("HTML report: " + file.toAbsolutePath().normalize());
    });
  }

  private void progress(ImportProgress.Phase phase, long done, OptionalLong total) {
    String what = switch (phase) {
      case USERS -> "users";
      case READING -> "posts and comments read";
      case POSTS -> "posts and comments";
      case VOTES -> "votes";
    };
    out.printf(Locale.ROOT, "  %-24s %,9d%s%n", what, done,
        total.isPresent() ? String.format(Locale.ROOT, " / %,d", total.getAsLong()) : "");
  }

  private void printParticipation(CommunityReport report) {
    Participation participation = report.participation();
    out.println("Participation " + report.window() + ":");
    out.printf(Locale.ROOT, "  members %d, contributions %d, contributors %d, active participation rate %.6f%n",
        participation.members(), participation.contributions(), participation.contributors(),
        participation.activeParticipationRate());
    out.printf(Locale.ROOT, "  heavy %d, intermittent %d, lurkers %d, Gini %.6f, top-1 %% share %.6f%n",
        participation.heavy(), participation.intermittent(), participation.lurkers(), participation.gini(),
        participation.top1PercentShare());
  }

  /**
   * The command line.
   *
   * @param dump the dump's folder
   * @param json where to write the JSON report, if anywhere
   * @param html where to write the HTML report, if anywhere
   * @param jpa whether to keep the community in the JPA adapter on embedded H2
   */
  record Options(Path dump, Optional<Path> json, Optional<Path> html, boolean jpa) {

    static Options parse(String[] args) {
      if (args.length == 0 || !args[0].equals("analyze")) {
        throw new IllegalArgumentException("the first argument must be the command, analyze");
      }
      Path dump = null;
      Path json = null;
      Path html = null;
      boolean jpa = false;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--stackexchange" -> dump = Path.of(value(args, ++i));
          case "--json" -> json = Path.of(value(args, ++i));
          case "--html" -> html = Path.of(value(args, ++i));
          case "--jpa" -> jpa = true;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (dump == null) {
        throw new IllegalArgumentException("--stackexchange DIR is required");
      }
      return new Options(dump, Optional.ofNullable(json), Optional.ofNullable(html), jpa);
    }

    private static String value(String[] args, int index) {
      if (index >= args.length) {
        throw new IllegalArgumentException(args[index - 1] + " needs a value");
      }
      return args[index];
    }
  }
}
