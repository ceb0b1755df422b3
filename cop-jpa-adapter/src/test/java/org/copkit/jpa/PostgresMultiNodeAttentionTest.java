package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Routing budgets and digests held by the database on two nodes, on Postgres. */
class PostgresMultiNodeAttentionTest extends MultiNodeAttentionSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.POSTGRES);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
