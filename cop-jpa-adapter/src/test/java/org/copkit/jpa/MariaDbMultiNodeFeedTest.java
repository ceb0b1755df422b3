package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The feed as a cache of the database, on two nodes and across a restart, on MariaDB. */
class MariaDbMultiNodeFeedTest extends MultiNodeFeedSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.MARIADB);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
