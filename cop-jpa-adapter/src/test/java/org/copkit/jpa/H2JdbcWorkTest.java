package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JdbcWorkSuite} on H2. */
class H2JdbcWorkTest extends JdbcWorkSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.H2);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }

  @Override
  String productName() {
    return "H2";
  }
}
