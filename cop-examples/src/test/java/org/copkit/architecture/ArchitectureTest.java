package org.copkit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The module and package rules of the design, checked on the compiled classes of every library
 * module: what each module may depend on, no cycles between features, nothing from JPA, Guava or
 * Jackson in the public API, and implementation classes kept out of sight. The public types of each
 * library module are on an allow-list ({@code public-types/*.txt} beside this class): a new public
 * type fails the build until it is listed, and so does a listed type that is gone.
 */
@AnalyzeClasses(packages = "org.copkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] JDK = {"java..", "javax.annotation.."};
  private static final String[] JDK_AND_JDBC = concat(JDK, "javax.sql..");
  private static final String[] INTERNAL_LIBRARIES =
      {"com.google..", "com.fasterxml..", "org.hibernate..", "org.flywaydb..", "org.commonmark..", "org.owasp.."};
  private static final String[] LEAKS = concat(INTERNAL_LIBRARIES, "jakarta.persistence..");

  @ArchTest
  static final ArchRule theApiDependsOnTheJdkOnly =
      classes().that().resideInAPackage("org.copkit.api..")
          .should().onlyDependOnClassesThat().resideInAnyPackage(concat(JDK, "org.copkit.api.."))
          .because("cop-api is the JDK-only contract every host, integrator and vendor compiles against");

  @ArchTest
  static final ArchRule theCoreDependsOnAnAllowList =
      classes().that().resideInAPackage("org.copkit.core..")
          .should().onlyDependOnClassesThat().resideInAnyPackage(
              concat(JDK, "org.copkit.api..", "org.copkit.core..", "com.google.common..", "org.slf4j..",
                  "com.fasterxml.jackson..", "org.commonmark..", "org.owasp.html..", "org.erdtman.jcs.."))
          .because("cop-core may use cop-api, Guava, SLF4J, Jackson (for exports), commonmark and the OWASP "
              + "sanitizer (for members' Markdown), and RFC 8785's reference implementation (for the JSON "
              + "credentials sign), nothing else");

  @ArchTest
  static final ArchRule theTckDependsOnTheApiAndTestLibrariesOnly =
      classes().that().resideInAPackage("org.copkit.tck..")
          .should().onlyDependOnClassesThat().resideInAnyPackage(
              concat(JDK, "org.copkit.api..", "org.copkit.tck..", "org.junit..", "org.assertj..", "org.opentest4j.."))
          .because("the TCK must run against any adapter, so it knows only the ports");

  @ArchTest
  static final ArchRule adaptersDoNotDependOnEachOtherOrOnTheCore =
      noClasses().that().resideInAPackage("org.copkit.jpa..")
          .should().dependOnClassesThat().resideInAnyPackage("org.copkit.core..", "org.copkit.tck..")
          .because("an adapter implements ports of cop-api and nothing else");

  @ArchTest
  static final ArchRule theInMemoryAdapterKnowsOnlyThePorts =
      noClasses().that().resideInAPackage("org.copkit.core.memory..")
          .should().dependOnClassesThat(
              resideInAnyPackage("org.copkit.core..").and(not(resideInAnyPackage("org.copkit.core.memory.."))))
          .because("the in-memory adapter is an adapter like any other, it just ships in cop-core");

  @ArchTest
  static final ArchRule noLibraryDependsOnExamplesOrBenchmarks =
      noClasses().that().resideInAnyPackage("org.copkit.api..", "org.copkit.core..", "org.copkit.jpa..", "org.copkit.tck..")
          .should().dependOnClassesThat().resideInAnyPackage("org.copkit.examples..", "org.copkit.benchmarks..",
              "org.copkit.spring..");

  @ArchTest
  static final ArchRule theStarterUsesOnlyWhatCoreAndTheJpaAdapterExport =
      classes().that().resideInAPackage("org.copkit.spring..")
          .should().onlyDependOnClassesThat().resideInAnyPackage(
              concat(JDK_AND_JDBC, "org.copkit.spring..", "org.copkit.api..", "org.copkit.core", "org.copkit.core.memory",
                  "org.copkit.jpa",
                  "org.springframework..", "io.micrometer..", "jakarta.persistence..", "org.slf4j.."))
          .because("the starter is a host like any other: it wires the exported entry points, never the internals");

  @ArchTest
  static final ArchRule theStartersPublicTypesAreListed =
      topLevelPublicTypesIn("org.copkit.spring..")
          .should(beListedIn("cop-spring-boot-starter.txt"))
          .because("hosts configure the starter through these types; the rest is wiring Spring Boot finds by name");

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices().matching("org.copkit.(api|core|jpa|tck).(*)..").namingSlices("$1.$2").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule thePublicApiExposesNoJpaGuavaOrJacksonType =
      publicSignatures("org.copkit.api..", "org.copkit.core..")
          .should().notHaveRawReturnType(resideInAnyPackage(LEAKS))
          .andShould().notHaveRawParameterTypes(anyParameterIn(LEAKS))
          .because("hosts must not be tied to the libraries CoPKit uses inside");

  @ArchTest
  static final ArchRule theJpaAdapterExposesJpaButNoOtherLibrary =
      publicSignatures("org.copkit.jpa..")
          .should().notHaveRawReturnType(resideInAnyPackage(INTERNAL_LIBRARIES))
          .andShould().notHaveRawParameterTypes(anyParameterIn(INTERNAL_LIBRARIES))
          .because("a host of the JPA adapter hands it an EntityManagerFactory, and nothing of Hibernate, Guava or Jackson")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule entitiesAreNotPublic =
      classes().that().areAnnotatedWith("jakarta.persistence.Entity")
          .should().notBePublic()
          .because("entities are mapped to domain records at the adapter's boundary and never leave it")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule useCaseImplementationsAreNotPublic =
      classes().that().resideInAPackage("org.copkit.core.(*)..")
          .and().implement(resideInAnyPackage("org.copkit.api..").and(JavaClass.Predicates.INTERFACES))
          .and(not(resideInAnyPackage("org.copkit.core.memory..")))
          .should().notBePublic()
          .because("hosts reach the use cases through CopPlatform, never through their implementations");

  @ArchTest
  static final ArchRule publicTypesInTheCoreAreFinalOrRecords =
      classes().that().resideInAPackage("org.copkit.core..").and().arePublic().and().areNotInterfaces()
          .and().areTopLevelClasses()
          .should().haveModifier(JavaModifier.FINAL)
          .because("the few public classes of the core are entry points, not extension points");

  @ArchTest
  static final ArchRule theApisPublicTypesAreListed =
      topLevelPublicTypesIn("org.copkit.api..")
          .should(beListedIn("cop-api.txt"))
          .because("every public type of cop-api is a promise to hosts, integrators and vendors; adding or "
              + "removing one is a decision made on the list, not a side effect");

  @ArchTest
  static final ArchRule theCoreExportsOnlyThePlatformAndTheInMemoryAdapter =
      topLevelPublicTypesIn("org.copkit.core", "org.copkit.core.memory")
          .should(beListedIn("cop-core.txt"))
          .because("hosts build a CopPlatform, pick built-in rules and may take the in-memory adapter; these "
              + "are the packages org.copkit.core exports, and nothing else of the core is theirs");

  @ArchTest
  static final ArchRule theCoresWiringStaysFew =
      classes().that().resideInAPackage("org.copkit.core.(*)..")
          .and().resideOutsideOfPackage("org.copkit.core.memory..")
          .and().arePublic().and().areTopLevelClasses()
          .should(beListedIn("cop-core-wiring.txt"))
          .because("the feature packages are not exported: a type there is public only because Java's "
              + "visibility forces it for wiring between features, and each one must earn its place");

  @ArchTest
  static final ArchRule theJpaAdapterExportsOnlyItsEntryPoints =
      topLevelPublicTypesIn("org.copkit.jpa")
          .should(beListedIn("cop-jpa-adapter.txt"))
          .because("a host creates the storage, migrates the schema and relays the outbox; that is "
              + "the package org.copkit.jpa exports");

  @ArchTest
  static final ArchRule theJpaAdaptersWiringStaysFew =
      classes().that().resideInAPackage("org.copkit.jpa.(*)..")
          .and().arePublic().and().areTopLevelClasses()
          .should(beListedIn("cop-jpa-adapter-wiring.txt"))
          .because("the adapter's feature packages are not exported (the unit of work and its entity manager "
              + "among them): a type there is public only to wire the features to JpaStorage");

  @ArchTest
  static final ArchRule theLuceneIndexDependsOnTheApiAndLuceneOnly =
      classes().that().resideInAPackage("org.copkit.search.lucene..")
          .should().onlyDependOnClassesThat().resideInAnyPackage(
              concat(JDK, "org.copkit.api..", "org.copkit.search.lucene..", "org.apache.lucene..", "org.tartarus.snowball.."))
          .because("an adapter implements ports of cop-api and nothing else");

  @ArchTest
  static final ArchRule theLuceneIndexExportsOnlyItsEntryPoint =
      topLevelPublicTypesIn("org.copkit.search.lucene..")
          .should(beListedIn("cop-search-lucene.txt"))
          .because("a host creates the index and hands it to the platform; nothing else of the adapter is theirs");

  @ArchTest
  static final ArchRule theReportAsHtmlDependsOnTheApiOnly =
      classes().that().resideInAPackage("org.copkit.report.html..")
          .should().onlyDependOnClassesThat().resideInAnyPackage(concat(JDK, "org.copkit.api..", "org.copkit.report.html.."))
          .because("the report's HTML is drawn from the report's records alone, without any library");

  @ArchTest
  static final ArchRule theReportAsHtmlExportsOnlyItsEntryPoint =
      topLevelPublicTypesIn("org.copkit.report.html..")
          .should(beListedIn("cop-report-html.txt"))
          .because("a host asks for the report's sections; the charts and the escaping are not theirs");

  @ArchTest
  static final ArchRule theTcksPublicTypesAreListed =
      topLevelPublicTypesIn("org.copkit.tck..")
          .should(beListedIn("cop-tck.txt"))
          .because("adapter authors extend these suites and fixtures: each public type is published");

  private static com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction topLevelPublicTypesIn(
      String... packages) {
    return classes().that().resideInAnyPackage(packages).and().arePublic().and().areTopLevelClasses();
  }

  /**
   * Each public type must be on the module's allow-list, and each listed type must still be a
   * public type, in {@code src/test/resources/org/copkit/architecture/public-types/}.
   */
  private static ArchCondition<JavaClass> beListedIn(String list) {
    Set<String> allowed = allowList(list);
    return new ArchCondition<>("be on the allow-list " + list) {
      private final Set<String> seen = new TreeSet<>();

      @Override
      public void init(Collection<JavaClass> allObjectsToTest) {
        seen.clear();
      }

      @Override
      public void check(JavaClass type, ConditionEvents events) {
        seen.add(type.getName());
        if (!allowed.contains(type.getName())) {
          events.add(SimpleConditionEvent.violated(type, type.getName() + " is public but not on " + list));
        }
      }

      @Override
      public void finish(ConditionEvents events) {
        Set<String> gone = new TreeSet<>(allowed);
        gone.removeAll(seen);
        gone.forEach(name -> events.add(
            SimpleConditionEvent.violated(name, name + " is on " + list + " but is no longer a public type there")));
      }
    };
  }

  private static Set<String> allowList(String list) {
    String resource = "public-types/" + list;
    try (InputStream in = ArchitectureTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no allow-list " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static com.tngtech.archunit.base.DescribedPredicate<java.util.List<JavaClass>> anyParameterIn(String... packages) {
    return com.tngtech.archunit.base.DescribedPredicate.describe(
        "any parameter type in " + String.join(", ", packages),
        parameters -> parameters.stream().anyMatch(resideInAnyPackage(packages)));
  }

  private static com.tngtech.archunit.lang.syntax.elements.GivenMethodsConjunction publicSignatures(String... packages) {
    return methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage(packages);
  }

  private static String[] concat(String[] first, String... rest) {
    String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }
}
