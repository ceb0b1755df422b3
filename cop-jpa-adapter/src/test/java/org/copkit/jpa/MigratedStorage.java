package org.copkit.jpa;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JPA storage on an isolated, migrated schema of one test database, shared by all the tests of
 * one test class (nested classes included) and dropped after them. Hibernate validates the
 * entities against the migrated tables when it starts.
 *
 * <pre>{@code
 * @RegisterExtension static final MigratedStorage STORAGE = new MigratedStorage(TestDatabase.H2);
 * }</pre>
 */
final class MigratedStorage implements BeforeAllCallback, AfterAllCallback {

  /** Every CoPKit table, children before parents. */
  private static final List<String> TABLES =
      List.of(
          "cop_attention",
          "cop_digest_sent",
          "cop_unsubscribe_token",
          "cop_interruption",
          "cop_digest_claim",
          "cop_erasure",
          "cop_contribution_summary",
          "cop_erasure_policy",
          "cop_portfolio_page",
          "cop_portfolio_entry",
          "cop_search_document",
          "cop_search_checkpoint",
          "cop_knowledge_section",
          "cop_item_rating",
          "cop_item_helpful",
          "cop_item_comment",
          "cop_item_reach",
          "cop_item_file",
          "cop_knowledge_co_author",
          "cop_competence_claim_entry",
          "cop_competence_claim",
          "cop_output_member",
          "cop_output_review",
          "cop_output_diffusion",
          "cop_output_cycle",
          "cop_review_policy",
          "cop_knowledge_revision",
          "cop_knowledge_item",
          "cop_registration",
          "cop_calendar_event",
          "cop_completion",
          "cop_learning_path",
          "cop_learning_unit",
          "cop_moderation_policy",
          "cop_mute",
          "cop_review_item",
          "cop_flag",
          "cop_reaction",
          "cop_post_revision",
          "cop_post_mention",
          "cop_post",
          "cop_thread",
          "cop_outbox",
          "cop_change",
          "cop_change_key",
          "cop_audit_entry",
          "cop_invitation",
          "cop_join_request",
          "cop_membership",
          "cop_stage_change",
          "cop_community");

  private final TestDatabase database;
  private int depth;
  private TestDatabase.IsolatedSchema schema;
  private EntityManagerFactory entityManagerFactory;
  private JpaStorage storage;
  private final java.util.List<EntityManagerFactory> otherNodes = new java.util.ArrayList<>();

  MigratedStorage(TestDatabase database) {
    this.database = database;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (depth++ == 0) {
      schema = database.createSchema();
      CopSchema.migrate(schema.dataSource());
      entityManagerFactory = entityManagerFactory(schema);
      storage = JpaStorage.create(entityManagerFactory);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    if (--depth == 0 && schema != null) {
      otherNodes.forEach(EntityManagerFactory::close);
      otherNodes.clear();
      if (entityManagerFactory != null) {
        entityManagerFactory.close();
      }
      schema.close();
      schema = null;
    }
  }

  /**
   * Hibernate on the schema, validating the entities against its tables.
   *
   * @param schema a migrated schema
   * @return the factory of the {@code copkit} persistence unit
   */
  static EntityManagerFactory entityManagerFactory(TestDatabase.IsolatedSchema schema) {
    return Persistence.createEntityManagerFactory(
        "copkit",
        Map.of(
            "jakarta.persistence.nonJtaDataSource", schema.dataSource(),
            "hibernate.hbm2ddl.auto", "validate"));
  }

  /** @return the data source of the migrated schema */
  javax.sql.DataSource dataSource() {
    return schema.dataSource();
  }

  /** @return the storage, with whatever the running test wrote */
  JpaStorage storage() {
    return storage;
  }

  /** @return the storage after deleting every row of every CoPKit table */
  JpaStorage emptyStorage() {
    try (Connection connection = schema.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the test schema on " + database, e);
    }
    return storage;
  }

  /**
   * A storage on the same schema through an entity manager factory of its own: what another node
   * of the deployment, or the same application after a restart, works with.
   *
   * @return the storage of a new node
   */
  JpaStorage newNode() {
    EntityManagerFactory factory = entityManagerFactory(schema);
    otherNodes.add(factory);
    return JpaStorage.create(factory);
  }

  TestDatabase database() {
    return database;
  }

  /** @return a pool of connections to the schema of its own, closed after the class's tests */
  DataSource anotherPool() {
    return schema.anotherPool();
  }
}
