package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Routing budgets and digests held by the database on two nodes, on MariaDB. */
class MariaDbMultiNodeAttentionTest extends MultiNodeAttentionSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.MARIADB);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
