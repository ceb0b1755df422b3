package org.copkit.benchmarks.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** On a smaller workload, CoPKit's page and the alternative's filtering show the same evidence in the same order. */
class PortfolioAgreementTest {

  @ParameterizedTest
  @EnumSource(PortfolioStorage.class)
  void bothContendersShowTheSameEvidence(PortfolioStorage storage) throws Exception {
    assumeTrue(storage != PortfolioStorage.POSTGRESQL || System.getenv(PortfolioStorage.POSTGRES_URL) != null, "no PostgreSQL URL");
    PortfolioWorkload workload = PortfolioWorkload.of(1_000, 5);

    try (PortfolioStorage.Prepared prepared = storage.prepare(workload)) {
      List<String> page = prepared.page();

      assertThat(page).isEqualTo(prepared.loadEverythingAndFilter());
      // Half the units and events (the OPEN and the shared CLOSED community), a quarter of the items
      // (those two communities, for the whole community): nothing from the other CLOSED or the SECRET one.
      assertThat(page).hasSize(400 / 2 + 300 / 2 + 300 / 4);
      assertThat(page).isSubsetOf(prepared.pageKeys);
    }
  }
}
