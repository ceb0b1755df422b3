package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Search through the platform, on the JPA storage on H2. */
class H2PlatformSearchTest extends PlatformSearchSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.H2);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
