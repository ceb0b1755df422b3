package org.copkit.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.copkit.core.memory.FaultyStorage.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The measure of the TCK: a catalogue of adapter bugs ({@link Fault}), each switched on alone in a
 * {@link FaultyStorage}, and every storage suite run on it ({@link FaultySuites}). The suites pass
 * on the storage without a bug, and fail on each bug.
 */
class FaultCatalogueTest {

  private static final Map<Fault, Long> FAILURES = new ConcurrentHashMap<>();

  @Test
  void theSuitesPassOnTheStorageWithoutABug() {
    TestExecutionSummary summary = run(Fault.NONE);

    assertThat(summary.getTestsSucceededCount()).as("the suites ran").isGreaterThan(300);
    assertThat(summary.getTotalFailureCount()).as("failures without a bug: %s", summary.getFailures()).isZero();
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, mode = EnumSource.Mode.EXCLUDE, names = "NONE")
  void theSuitesCatch(Fault fault) {
    TestExecutionSummary summary = run(fault);
    FAILURES.put(fault, summary.getTotalFailureCount());

    assertThat(summary.getTotalFailureCount()).as("tests of the suites that fail on the bug " + fault).isPositive();
    List<String> failed = summary.getFailures().stream().map(failure -> failure.getTestIdentifier().getDisplayName()).toList();
    assertThat(summary.getFailures())
        .as("every failure of a suite keeps its message readable (ReadableFailures)")
        .allSatisfy(failure -> assertThat(String.valueOf(failure.getException().getMessage()).lines())
            .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ReadableFailures.MAX_LINE + 50)));
    if (fault.name().startsWith("NON_ATOMIC")) {
      assertThat(failed).as("a check-then-insert is caught by a plain race of StorageConcurrencyContract, not only by rollbacks")
          .anyMatch(name -> name.startsWith("letsOneOf"));
    }
    if (fault == Fault.PER_CALL_LOCK) {
      assertThat(failed).as("a lock per call is caught by the races with rolled-back racers")
          .anyMatch(name -> name.startsWith("neverRefuses"));
    }
  }

  @AfterAll
  static void report() {
    long caught = FAILURES.values().stream().filter(failures -> failures > 0).count();
    System.out.printf("Adapter bugs caught by the TCK: %d of %d injected%n", caught, FAILURES.size());
    FAILURES.forEach((fault, failures) -> System.out.printf("  %-40s %d failing tests%n", fault, failures));
  }

  private static TestExecutionSummary run(Fault fault) {
    FaultySuites.fault = fault;
    try {
      LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
          .selectors(FaultySuites.ALL.stream().map(suite -> selectClass(suite)).toList())
          .build();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      LauncherFactory.create().execute(request, listener);
      return listener.getSummary();
    } finally {
      FaultySuites.fault = Fault.NONE;
    }
  }
}
