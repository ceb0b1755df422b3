package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** A member's export and erasure through the platform, on the JPA storage on Postgres. */
class PostgresPlatformPrivacyTest extends PlatformPrivacySuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.POSTGRES);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
