package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The feed as a cache of the database, on two nodes and across a restart, on H2. */
class H2MultiNodeFeedTest extends MultiNodeFeedSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.H2);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
