package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Routing budgets and digests held by the database on two nodes, on H2. */
class H2MultiNodeAttentionTest extends MultiNodeAttentionSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.H2);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
