package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** A member's export and erasure through the platform, on the JPA storage on Postgres. */
class PostgresPlatformPrivacyTest extends PlatformPrivacySuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.POSTGRES);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }

  /** PostgreSQL's full-text search, a table every node shares, scanned with the others. */
  @Override
  java.util.Optional<org.copkit.api.search.port.SearchIndex> sharedSearchIndex() {
    return java.util.Optional.of(PostgresSearchIndex.on(DATABASE.dataSource()));
  }
}
