package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The platform's rules under concurrent threads, on the JPA storage on H2. */
class H2PlatformConcurrencyTest extends PlatformConcurrencySuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.H2);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
