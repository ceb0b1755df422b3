package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA storage on MariaDB: every contract of the TCK and the database-only tests. */
class MariaDbStorageTest extends JpaStorageSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.MARIADB);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
