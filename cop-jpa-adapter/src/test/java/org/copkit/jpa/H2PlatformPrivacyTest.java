package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** A member's export and erasure through the platform, on the JPA storage on H2. */
class H2PlatformPrivacyTest extends PlatformPrivacySuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.H2);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
