package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JdbcWorkSuite} on PostgreSQL. */
class PostgresJdbcWorkTest extends JdbcWorkSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.POSTGRES);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }

  @Override
  String productName() {
    return "PostgreSQL";
  }
}
