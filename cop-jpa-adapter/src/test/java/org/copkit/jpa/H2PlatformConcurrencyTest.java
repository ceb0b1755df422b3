package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

class H2MembershipConcurrencyTest extends PlatformConcurrencySuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.H2);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
