package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.copkit.jpa.shared.JdbcWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcWork} on a real database through Hibernate: the work runs on the entity manager's own
 * connection, inside its transaction, and a failing statement surfaces as a persistence error.
 */
abstract class JdbcWorkSuite {

  abstract MigratedStorage database();

  abstract String productName();

  private EntityManagerFactory factory;

  @BeforeEach
  void open() {
    database().emptyStorage();
    factory = Persistence.createEntityManagerFactory("copkit",
        Map.of("jakarta.persistence.nonJtaDataSource", database().dataSource(), "hibernate.hbm2ddl.auto", "validate"));
  }

  @AfterEach
  void close() {
    factory.close();
  }

  @Test
  void theWorkSeesWhatItsTransactionWroteAndNothingOnceItRollsBack() {
    EntityManager entityManager = factory.createEntityManager();
    entityManager.getTransaction().begin();
    entityManager.createNativeQuery("INSERT INTO cop_mute (community_id, member_id, muted_until, muted_by, muted_at, reason)"
        + " VALUES ('c-1', 'anna', CURRENT_TIMESTAMP, 'jordi', CURRENT_TIMESTAMP, 'spam')").executeUpdate();

    long inTransaction = mutes(entityManager);
    entityManager.getTransaction().rollback();
    entityManager.close();

    assertThat(inTransaction).isEqualTo(1);
    EntityManager later = factory.createEntityManager();
    later.getTransaction().begin();
    assertThat(mutes(later)).isZero();
    later.getTransaction().rollback();
    later.close();
  }

  @Test
  void tellsTheDatabaseItRunsOn() {
    EntityManager entityManager = factory.createEntityManager();
    entityManager.getTransaction().begin();
    String product = JdbcWork.call(entityManager, connection -> connection.getMetaData().getDatabaseProductName());
    entityManager.getTransaction().rollback();
    entityManager.close();

    assertThat(product).isEqualToIgnoringCase(productName());
  }

  @Test
  void aFailingStatementIsAPersistenceError() {
    EntityManager entityManager = factory.createEntityManager();
    entityManager.getTransaction().begin();
    try {
      assertThatThrownBy(() -> JdbcWork.call(entityManager, connection -> {
        try (PreparedStatement query = connection.prepareStatement("SELECT no_such_column FROM cop_mute")) {
          return query.executeQuery().next();
        }
      })).isInstanceOf(PersistenceException.class).hasRootCauseInstanceOf(SQLException.class);
    } finally {
      entityManager.getTransaction().rollback();
      entityManager.close();
    }
  }

  private static long mutes(EntityManager entityManager) {
    return JdbcWork.call(entityManager, connection -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM cop_mute WHERE member_id = ?")) {
        query.setString(1, "anna");
        try (ResultSet rows = query.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      }
    });
  }
}
