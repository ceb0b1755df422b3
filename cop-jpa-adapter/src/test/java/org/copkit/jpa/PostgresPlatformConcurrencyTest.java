package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMembershipConcurrencyTest extends PlatformConcurrencySuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.POSTGRES);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
