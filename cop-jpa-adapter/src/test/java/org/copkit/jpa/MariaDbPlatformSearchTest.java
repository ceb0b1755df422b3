package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Search through the platform, on the JPA storage on MariaDb. */
class MariaDbPlatformSearchTest extends PlatformSearchSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.MARIADB);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
