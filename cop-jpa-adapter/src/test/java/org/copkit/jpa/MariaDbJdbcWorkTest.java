package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JdbcWorkSuite} on MariaDB. */
class MariaDbJdbcWorkTest extends JdbcWorkSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.MARIADB);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }

  @Override
  String productName() {
    return "MariaDB";
  }
}
