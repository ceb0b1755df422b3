package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** A vendor's classifier by tags, in the feed and the reports, on MariaDB. */
class MariaDbClassifiedComponentsTest extends ClassifiedComponentsSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.MARIADB);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
