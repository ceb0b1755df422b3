package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The feed as a cache of the database, on two nodes and across a restart, on PostgreSQL. */
class PostgresMultiNodeFeedTest extends MultiNodeFeedSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.POSTGRES);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
