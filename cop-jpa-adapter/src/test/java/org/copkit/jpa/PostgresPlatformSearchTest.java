package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Search through the platform, on the JPA storage on Postgres. */
class PostgresPlatformSearchTest extends PlatformSearchSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.POSTGRES);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
