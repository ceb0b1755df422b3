package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** A vendor's classifier by tags, in the feed and the reports, on H2. */
class H2ClassifiedComponentsTest extends ClassifiedComponentsSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.H2);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
