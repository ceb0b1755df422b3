package org.copkit.spring;

import javax.sql.DataSource;
import org.copkit.jpa.CopSchema;

/**
 * CoPKit's tables, created or upgraded with Flyway when the context starts, with their own history
 * table {@value CopSchema#HISTORY_TABLE} beside the host's {@code flyway_schema_history}. The storage
 * depends on this bean, so it is built on a migrated schema.
 */
final class CopKitSchemaMigration {

  CopKitSchemaMigration(DataSource dataSource) {
    CopSchema.migrate(dataSource);
  }
}
