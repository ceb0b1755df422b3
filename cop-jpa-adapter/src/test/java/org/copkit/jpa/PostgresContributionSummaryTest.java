package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ContributionSummarySuite} on Postgres. */
class PostgresContributionSummaryTest extends ContributionSummarySuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.POSTGRES);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }

  @Override
  String vendor() {
    return "postgresql";
  }
}
