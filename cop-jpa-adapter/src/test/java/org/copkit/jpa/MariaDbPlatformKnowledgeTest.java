package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The knowledge base's use cases through the platform, on the JPA storage on MariaDb. */
class MariaDbPlatformKnowledgeTest extends PlatformKnowledgeSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.MARIADB);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
