package org.copkit.benchmarks.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.copkit.api.analytics.CommunityReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** On a smaller workload, CoPKit's report and the alternative's counting agree on every storage. */
class ReportAgreementTest {

  @ParameterizedTest
  @EnumSource(ReportStorage.class)
  void bothContendersFindTheSameFigures(ReportStorage storage) throws Exception {
    assumeTrue(storage != ReportStorage.POSTGRESQL || System.getenv(ReportStorage.POSTGRES_URL) != null, "no PostgreSQL URL");
    AnalyticsWorkload workload = AnalyticsWorkload.generate(2_000, 20_000);

    try (Prepared prepared = storage.prepare(workload)) {
      CommunityReport report = prepared.report();
      CountedInJava.Figures counted =
          CountedInJava.count(prepared.loadEverything(), AnalyticsWorkload.WINDOW, CommunityReportBenchmark.HEAVY_FROM);

      ReportAgreement.check(report, counted);
      assertThat(report.participation().contributions()).isEqualTo(counted.contributions()).isGreaterThan(15_000);
      assertThat(report.participation().lurkers()).isPositive();
      assertThat(report.weekly().periods()).hasSize(53);
      assertThat(report.questions().answered()).isPositive();
    }
  }
}
