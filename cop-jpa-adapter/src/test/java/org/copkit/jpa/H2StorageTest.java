package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA storage on H2: every contract of the TCK and the database-only tests. */
class H2StorageTest extends JpaStorageSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.H2);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
