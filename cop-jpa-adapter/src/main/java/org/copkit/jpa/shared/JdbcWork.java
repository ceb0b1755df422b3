package org.copkit.jpa.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC on the connection of an entity manager, inside its current transaction, for the few
 * reads that hand over a million narrow rows (a community's participation report): the provider's
 * per-row machinery costs more than the database's work there.
 *
 * <p>Jakarta Persistence 3.1 has no standard way to the connection. Providers that unwrap to {@link
 * Connection} (EclipseLink, OpenJPA) are asked that way; Hibernate is asked through its {@code
 * Session.doReturningWork}, reached by reflection so that the adapter keeps compiling against
 * {@code jakarta.persistence} alone. The work sees the transaction's snapshot and its uncommitted
 * writes, like every other query of the unit of work.
 */
public final class JdbcWork {

  private JdbcWork() {}

  /**
   * What to do with the connection.
   *
   * @param <T> what it answers
   */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * @param connection the entity manager's connection; not to be closed or committed
     * @return the answer
     * @throws SQLException when the database refuses
     */
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs the work on the entity manager's connection.
   *
   * @param entityManager an entity manager, in a transaction
   * @param work what to do
   * @param <T> what the work answers
   * @return its answer
   * @throws PersistenceException when the database refuses, or the provider offers no connection
   */
  public static <T> T call(EntityManager entityManager, Work<T> work) {
    Connection connection = unwrapped(entityManager);
    if (connection != null) {
      return run(work, connection);
    }
    return throughHibernate(entityManager, work);
  }

  private static Connection unwrapped(EntityManager entityManager) {
    try {
      return entityManager.unwrap(Connection.class);
    } catch (PersistenceException | IllegalArgumentException e) {
      return null;
    }
  }

  private static <T> T run(Work<T> work, Connection connection) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new PersistenceException("a JDBC read failed: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T throughHibernate(EntityManager entityManager, Work<T> work) {
    Object session;
    Method doReturningWork;
    Class<?> returningWork;
    try {
      ClassLoader loader = entityManager.getClass().getClassLoader();
      Class<?> sessionType = Class.forName("org.hibernate.Session", false, loader);
      returningWork = Class.forName("org.hibernate.jdbc.ReturningWork", false, loader);
      session = entityManager.unwrap(sessionType);
      doReturningWork = sessionType.getMethod("doReturningWork", returningWork);
    } catch (ReflectiveOperationException | PersistenceException e) {
      throw new PersistenceException("the persistence provider offers no JDBC connection: " + entityManager.getClass().getName(),
          e);
    }
    Object proxy = Proxy.newProxyInstance(returningWork.getClassLoader(), new Class<?>[] {returningWork},
        (self, method, arguments) -> switch (method.getName()) {
          case "execute" -> work.run((Connection) arguments[0]);
          case "hashCode" -> System.identityHashCode(self);
          case "equals" -> self == arguments[0];
          default -> "JdbcWork";
        });
    try {
      return (T) doReturningWork.invoke(session, proxy);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new PersistenceException("a JDBC read failed: " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new PersistenceException("Hibernate's Session.doReturningWork is not accessible: " + e, e);
    }
  }
}
