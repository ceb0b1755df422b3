package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The platform's rules under concurrent threads, on the JPA storage on MariaDB. */
class MariaDbPlatformConcurrencyTest extends PlatformConcurrencySuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.MARIADB);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
