package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ContributionSummarySuite} on MariaDb. */
class MariaDbContributionSummaryTest extends ContributionSummarySuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.MARIADB);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }

  @Override
  String vendor() {
    return "mariadb";
  }
}
