package org.copkit.jpa;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The knowledge base's use cases through the platform, on the JPA storage on H2. */
class H2PlatformKnowledgeTest extends PlatformKnowledgeSuite {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.H2);

  @Override
  MigratedStorage database() {
    return DATABASE;
  }
}
