package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA storage on PostgreSQL: every contract of the TCK and the database-only tests. */
class PostgresStorageTest extends JpaStorageSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.POSTGRES);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
