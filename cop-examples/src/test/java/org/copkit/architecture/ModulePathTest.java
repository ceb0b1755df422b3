package org.copkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library modules on the module path, as a modular host sees them: the built jars (or class
 * directories) of {@code cop-api}, {@code cop-core}, {@code cop-jpa-adapter} and {@code cop-tck}
 * with their dependencies. A small module compiles and runs against the exported packages, and
 * provides a moderation rule that the platform finds with {@code ServiceLoader}; a module that
 * reaches into a package that is not exported does not compile.
 */
class ModulePathTest {

  /** One class of each jar the modules need, to find the jar. */
  private static final List<String> CORE_PATH = List.of(
      "org.copkit.api.shared.CopException",
      "org.copkit.core.CopPlatform",
      "org.slf4j.Logger",
      "org.commonmark.parser.Parser",
      "org.owasp.html.HtmlPolicyBuilder",
      "org.erdtman.jcs.JsonCanonicalizer",
      "com.fasterxml.jackson.databind.ObjectMapper",
      "com.fasterxml.jackson.core.JsonFactory",
      "com.fasterxml.jackson.annotation.JsonTypeInfo");
  private static final List<String> JPA_PATH = List.of(
      "org.copkit.jpa.JpaStorage",
      "jakarta.persistence.EntityManagerFactory",
      "com.fasterxml.jackson.datatype.jdk8.Jdk8Module",
      "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule");

  private static final String PROBE_MODULE = """
      module org.copkit.probe {
        requires org.copkit.core;
        provides org.copkit.api.moderation.spi.ModerationRule with org.copkit.probe.NoSecrets;
      }
      """;

  private static final String PROBE_RULE = """
      package org.copkit.probe;

      import org.copkit.api.moderation.spi.Draft;
      import org.copkit.api.moderation.spi.ModerationRule;
      import org.copkit.api.moderation.spi.Verdict;

      public final class NoSecrets implements ModerationRule {
        @Override
        public String name() {
          return "no-secrets";
        }

        @Override
        public Verdict review(Draft draft) {
          return draft.body().contains("secret") ? new Verdict.Reject("no secrets here") : Verdict.PUBLISH;
        }
      }
      """;

  private static final String PROBE_MAIN = """
      package org.copkit.probe;

      import org.copkit.api.community.Community;
      import org.copkit.api.community.CommunityDetails;
      import org.copkit.api.community.Visibility;
      import org.copkit.api.discussion.PostOutcome;
      import org.copkit.api.discussion.StartThread;
      import org.copkit.api.shared.MemberId;
      import org.copkit.api.shared.Person;
      import org.copkit.core.CopPlatform;
      import org.copkit.core.memory.InMemoryDirectory;
      import org.copkit.core.memory.InMemoryStorage;

      public final class Main {
        public static void main(String[] args) throws Exception {
          MemberId ana = MemberId.of("ana");
          MemberId biel = MemberId.of("biel");
          InMemoryStorage storage = InMemoryStorage.create();
          CopPlatform platform = CopPlatform.builder()
              .directory(InMemoryDirectory.of(Person.active(ana, "Ana", "IT"), Person.active(biel, "Biel", "IT")))
              .storage(storage)
              .build();
          Community cop = platform.lifecycle().create(ana,
              new CommunityDetails("Probes", "Module path probes", "", Visibility.OPEN));
          platform.joining().join(biel, cop.id(), "hola");
          PostOutcome outcome = platform.discussions().start(biel, StartThread.discussion(cop.id(), "Hi", "a secret"));
          System.out.println("core module: " + CopPlatform.class.getModule().getName()
              + (CopPlatform.class.getModule().getDescriptor().isAutomatic() ? " (automatic)" : " (explicit)"));
          System.out.println("outcome: " + (outcome instanceof PostOutcome.Rejected r ? "rejected by " + r.rule() : outcome));
          System.out.println("events: " + storage.eventPublisher().events().size());
          Module core = CopPlatform.class.getModule();
          System.out.println("exports community: " + core.isExported("org.copkit.core.community"));
          try {
            Class.forName("org.copkit.core.community.CommunityGate").getMethods()[0].setAccessible(true);
            System.out.println("wiring: reachable");
          } catch (RuntimeException refused) {
            System.out.println("wiring: " + refused.getClass().getSimpleName());
          }
        }
      }
      """;

  @TempDir Path work;

  @Test
  void aModuleUsesTheExportedApiAndItsProviderIsDiscovered() throws Exception {
    List<Path> modulePath = jarsOf(CORE_PATH);
    Path sources = write("probe", Map.of(
        "module-info.java", PROBE_MODULE,
        "org/copkit/probe/NoSecrets.java", PROBE_RULE,
        "org/copkit/probe/Main.java", PROBE_MAIN));
    Path classes = work.resolve("probe-classes");

    assertThat(compile(sources, classes, modulePath)).isEmpty();

    List<Path> runPath = new ArrayList<>(modulePath);
    runPath.add(classes);
    List<String> output = run(runPath, "org.copkit.probe/org.copkit.probe.Main");
    assertThat(output).as("nothing is reported as broken").noneMatch(line -> line.contains("could not be loaded"));
    assertThat(output).contains(
        "core module: org.copkit.core (explicit)",
        "outcome: rejected by no-secrets",
        "exports community: false",
        "wiring: InaccessibleObjectException");
    assertThat(output).anyMatch(line -> line.matches("events: [1-9][0-9]*"));
  }

  @Test
  void aModuleCannotReachTheCoresWiring() throws IOException {
    Path sources = write("intruder", Map.of(
        "module-info.java", "module org.copkit.intruder { requires org.copkit.core; }",
        "org/copkit/intruder/Intruder.java", """
            package org.copkit.intruder;

            public final class Intruder {
              org.copkit.core.CopPlatform platform;
              org.copkit.core.community.CommunityGate gate;
              org.copkit.core.shared.UnitOfWork work;
            }
            """));

    List<String> errors = compile(sources, work.resolve("intruder-classes"), jarsOf(CORE_PATH));

    assertThat(errors).hasSize(2).allMatch(error -> error.contains("does not export"));
    assertThat(errors).anyMatch(error -> error.contains("org.copkit.core.community"));
    assertThat(errors).anyMatch(error -> error.contains("org.copkit.core.shared"));
  }

  @Test
  void aModuleReachesTheJpaEntryPointsButNotItsUnitOfWork() throws IOException {
    List<Path> modulePath = Stream.concat(jarsOf(CORE_PATH).stream(), jarsOf(JPA_PATH).stream()).distinct().toList();
    Path sources = write("host", Map.of(
        "module-info.java", "module org.copkit.host { requires org.copkit.jpa; }",
        "org/copkit/host/Host.java", """
            package org.copkit.host;

            import java.util.List;
            import org.copkit.jpa.CopSchema;
            import org.copkit.jpa.JpaOutbox;
            import org.copkit.jpa.JpaStorage;
            import org.copkit.jpa.OutboxMessage;

            public final class Host {
              List<OutboxMessage> relay(JpaStorage storage) {
                JpaOutbox outbox = storage.outbox();
                return outbox.fetchUnpublished(10);
              }

              String migrations() {
                return CopSchema.MIGRATIONS;
              }

              org.copkit.jpa.shared.JpaTransactions transactions;
            }
            """));

    List<String> errors = compile(sources, work.resolve("host-classes"), modulePath);

    assertThat(errors).singleElement()
        .satisfies(error -> assertThat(error).contains("org.copkit.jpa.shared").contains("does not export"));
  }

  @Test
  void theJarsNameTheirModulesAsTheirDescriptorsDo() {
    for (String type : List.of(
        "org.copkit.api.shared.CopException", "org.copkit.core.CopPlatform", "org.copkit.jpa.JpaStorage",
        "org.copkit.tck.shared.Race")) {
      Path location = locationOf(type);
      ModuleReference module = ModuleFinder.of(location).findAll().iterator().next();
      ModuleDescriptor descriptor = module.descriptor();
      assertThat(descriptor.isAutomatic()).as(location + " holds a module-info").isFalse();
      assertThat(type).startsWith(descriptor.name());
      if (Files.isRegularFile(location)) {
        try (JarFile jar = new JarFile(location.toFile())) {
          String automaticName = jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
          assertThat(automaticName).as("Automatic-Module-Name of " + location).isIn(null, descriptor.name());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  @Test
  void eachModuleExportsWhatItsAllowListPromises() {
    assertThat(exports("org.copkit.core.CopPlatform")).containsExactlyInAnyOrder("org.copkit.core", "org.copkit.core.memory");
    assertThat(exports("org.copkit.jpa.JpaStorage")).containsExactly("org.copkit.jpa");
    for (String type : List.of("org.copkit.api.shared.CopException", "org.copkit.tck.shared.Race")) {
      ModuleDescriptor descriptor = descriptorOf(type);
      assertThat(exports(type)).as(descriptor.name() + " exports every package").isEqualTo(descriptor.packages());
    }
    assertThat(descriptorOf("org.copkit.core.CopPlatform").uses()).containsExactlyInAnyOrder(
        "org.copkit.api.moderation.spi.ModerationRule",
        "org.copkit.api.feed.spi.RankingSignal",
        "org.copkit.api.analytics.spi.ActivityClassifier",
        "org.copkit.api.competence.spi.FrameworkProvider");
  }

  private static Set<String> exports(String type) {
    return descriptorOf(type).exports().stream()
        .filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  private static ModuleDescriptor descriptorOf(String type) {
    return ModuleFinder.of(locationOf(type)).findAll().iterator().next().descriptor();
  }

  private Path write(String name, Map<String, String> files) throws IOException {
    Path root = work.resolve(name);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    return root;
  }

  /** @return the compiler's errors */
  private static List<String> compile(Path sources, Path classes, List<Path> modulePath) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Stream<Path> walk = Files.walk(sources)) {
      List<Path> javaFiles = walk.filter(path -> path.toString().endsWith(".java")).toList();
      Files.createDirectories(classes);
      Path noClassPath = Files.createDirectories(classes.resolveSibling(classes.getFileName() + "-no-class-path"));
      List<String> options = List.of(
          "--release", "17", "-d", classes.toString(), "--class-path", noClassPath.toString(),
          "--module-path", modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
      compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(javaFiles)).call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
        .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
        .toList();
  }

  /**
   * Runs a module's main class. The OWASP sanitizer (20260313.1) needs two shim jars that both hold
   * the package {@code org.owasp.shim}, which the module path refuses as a split package; as a host
   * must until the sanitizer bundles them (OWASP/java-html-sanitizer#379), the second is patched into
   * the module of the first.
   */
  private static List<String> run(List<Path> modulePath, String mainClass) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path shim = locationOf("org.owasp.shim.Java8Shim");
    Path laterShim = locationOf("org.owasp.shim.ForJava9AndLater");
    String shimModule = ModuleFinder.of(shim).findAll().iterator().next().descriptor().name();
    List<Path> path = new ArrayList<>(modulePath);
    path.add(shim);
    Process process = new ProcessBuilder(
            java.toString(),
            "--module-path", path.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
            "--patch-module", shimModule + "=" + laterShim,
            "-m", mainClass)
        .redirectErrorStream(true)
        .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the probe ends").isTrue();
    List<String> output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(process.exitValue()).as(String.join("\n", output)).isZero();
    return output;
  }

  private static List<Path> jarsOf(List<String> types) {
    return types.stream().map(ModulePathTest::locationOf).distinct().toList();
  }

  private static Path locationOf(String type) {
    try {
      return Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("cannot find the jar of " + type, e);
    }
  }

}
