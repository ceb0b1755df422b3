package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ContributionSummarySuite} on H2. */
class H2ContributionSummaryTest extends ContributionSummarySuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.H2);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }

  @Override
  String vendor() {
    return "h2";
  }
}
