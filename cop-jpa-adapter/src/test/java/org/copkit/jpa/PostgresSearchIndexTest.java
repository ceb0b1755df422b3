package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.copkit.api.search.port.SearchIndex;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Directory;
import org.copkit.core.CopPlatform;
import org.copkit.tck.search.SearchIndexContract;
import org.copkit.tck.search.SearchPermissionsContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The PostgreSQL full-text index against {@link SearchIndexContract}, and the permission matrix
 * with it on the JPA storage; it refuses a database that is not PostgreSQL.
 */
class PostgresSearchIndexTest extends SearchIndexContract {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.POSTGRES);
  @RegisterExtension static final MigratedStorage H2 = new MigratedStorage(TestDatabase.H2);

  @Override
  protected SearchIndex newIndex() {
    DATABASE.emptyStorage();
    return PostgresSearchIndex.on(DATABASE.dataSource());
  }

  @Test
  void refusesADatabaseThatIsNotPostgresql() {
    assertThatThrownBy(() -> PostgresSearchIndex.on(H2.dataSource())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("dataSource").hasMessageContaining("PostgreSQL");
  }

  @Nested
  class Permissions extends SearchPermissionsContract {
    private CopPlatform platform;

    /** Its poller must not write what it read into the index of the next test, which shares the table. */
    @AfterEach
    void closeThePlatform() {
      platform.close();
    }

    @Override
    protected UseCases platform(Directory directory) {
      platform = CopPlatform.builder().storage(DATABASE.emptyStorage()).directory(directory)
          .discoverModerationRules(false).searchIndex(PostgresSearchIndex.on(DATABASE.dataSource())).build();
      return new UseCases(platform.lifecycle(), platform.joining(), platform.discussions(), platform.moderation(),
          platform.knowledgeBase(), platform.search());
    }
  }

}
