package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

class MariaDbMembershipConcurrencyTest extends PlatformConcurrencySuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.MARIADB);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
