package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** A member's export and erasure through the platform, on the JPA storage on MariaDb. */
class MariaDbPlatformPrivacyTest extends PlatformPrivacySuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.MARIADB);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
