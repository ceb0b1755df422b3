package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** A vendor's classifier by tags, in the feed and the reports, on PostgreSQL. */
class PostgresClassifiedComponentsTest extends ClassifiedComponentsSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.POSTGRES);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
