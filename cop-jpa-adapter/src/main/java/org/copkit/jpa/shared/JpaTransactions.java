package org.copkit.jpa.shared;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Transactions;

/**
 * <b>Wiring, not API:</b> the JPA unit of work that every port of {@code JpaStorage} shares. Hosts
 * reach it as {@code JpaStorage.transactions()}, typed as {@link Transactions}; the rest of its
 * surface, the current {@link #entityManager()} above all, is for the feature packages of this
 * adapter. It is public only for them: module {@code org.copkit.jpa} does not export this package.
 *
 * <p>Each outermost {@link #inTransaction} call opens a resource-local {@link EntityManager},
 * binds it to the calling thread, begins a transaction, runs the work, commits and closes the
 * entity manager. A nested call on the same thread joins the outer transaction. Any exception or
 * error from the work rolls everything back and reaches the caller unchanged. Port calls outside
 * a transaction fail fast with {@link IllegalStateException}: a port never opens a transaction of
 * its own, so a use case can never write half of its changes.
 *
 * <p>Failures of the database become the API's conflicts: an {@link OptimisticLockException}
 * (also as the cause of a rollback at commit), and a deadlock, lock timeout or serialization failure
 * (SQLState class {@code 40}) in which the database sacrificed this transaction, become {@link
 * ConflictException.Kind#STALE_VERSION}, which the core retries,
 * and an integrity-constraint violation (SQLState class {@code 23} anywhere in the cause chain)
 * becomes {@link ConflictException.Kind#DUPLICATE}.
 */
public final class JpaTransactions implements Transactions {

  private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";
  /** SQLState class 40, transaction rollback: serialization failures and deadlocks. */
  private static final String TRANSACTION_ROLLBACK = "40";

  /*
   * Ports flush every write, so conflicts surface in the port call that caused them, where the
   * record and the version read are known. A conflict at commit is only a safety net.
   */
  private static final String WRITTEN_IN_THIS_TRANSACTION = "a record written in this transaction";
  private static final long UNKNOWN_VERSION = -1;

  private final EntityManagerFactory entityManagerFactory;
  private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
  private final ThreadLocal<List<Runnable>> beforeCommit = new ThreadLocal<>();

  private JpaTransactions(EntityManagerFactory entityManagerFactory) {
    this.entityManagerFactory = Objects.requireNonNull(entityManagerFactory, "entityManagerFactory");
  }

  /**
   * @param entityManagerFactory a factory of resource-local entity managers for the CoPKit entities
   * @return the unit of work
   */
  public static JpaTransactions on(EntityManagerFactory entityManagerFactory) {
    return new JpaTransactions(entityManagerFactory);
  }

  /** @return whether a transaction of this unit of work is running on the calling thread */
  public boolean inProgress() {
    return current.get() != null;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    EntityManager entityManager = entityManagerFactory.createEntityManager();
    List<Runnable> lastSteps = new ArrayList<>();
    current.set(entityManager);
    beforeCommit.set(lastSteps);
    try {
      return inNewTransaction(entityManager.getTransaction(), work, lastSteps);
    } finally {
      current.remove();
      beforeCommit.remove();
      entityManager.close();
    }
  }

  private static <T> T inNewTransaction(EntityTransaction transaction, Supplier<T> work, List<Runnable> lastSteps) {
    transaction.begin();
    T result;
    try {
      result = work.get();
      for (int i = 0; i < lastSteps.size(); i++) {
        lastSteps.get(i).run();
      }
    } catch (PersistenceException failure) {
      rollBack(transaction, failure);
      throw conflictOr(failure, WRITTEN_IN_THIS_TRANSACTION, UNKNOWN_VERSION);
    } catch (RuntimeException | Error failure) {
      rollBack(transaction, failure);
      throw failure;
    }
    try {
      transaction.commit();
    } catch (PersistenceException failure) {
      rollBack(transaction, failure);
      throw conflictOr(failure, WRITTEN_IN_THIS_TRANSACTION, UNKNOWN_VERSION);
    }
    return result;
  }

  private static void rollBack(EntityTransaction transaction, Throwable failure) {
    try {
      if (transaction.isActive()) {
        transaction.rollback();
      }
    } catch (RuntimeException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }

  /**
   * @return the entity manager of the current transaction
   * @throws IllegalStateException when no transaction is running on this thread
   */
  public EntityManager entityManager() {
    EntityManager entityManager = current.get();
    if (entityManager == null) {
      throw new IllegalStateException(
          "CoPKit storage ports run only inside Transactions.inTransaction(..); none is running on this thread");
    }
    return entityManager;
  }

  /**
   * Runs a step as the last work of the current transaction, just before it commits, after the
   * work and after the steps registered before it; a failure rolls the transaction back as one of
   * the work would. For writes that must lock as late as possible (the change log's counter).
   *
   * @param step the step
   * @throws IllegalStateException when no transaction is running on this thread
   */
  public void beforeCommit(Runnable step) {
    entityManager();
    beforeCommit.get().add(step);
  }

  /**
   * Stores a new row and flushes, so that a duplicate shows at once.
   *
   * @param row the new entity
   * @param what the record, for the message of a {@link ConflictException.Kind#DUPLICATE}
   */
  public void insert(Object row, String what) {
    EntityManager entityManager = entityManager();
    try {
      entityManager.persist(row);
      entityManager.flush();
    } catch (EntityExistsException e) {
      throw ConflictException.duplicate(what);
    } catch (PersistenceException e) {
      throw conflictOr(e, what, UNKNOWN_VERSION);
    }
  }

  /**
   * Deletes a managed row and flushes, so that the database checks its version now.
   *
   * @param row the managed entity
   * @param what the record, for the message of a conflict
   * @param expectedVersion the version it was found at
   */
  public void delete(Object row, String what, long expectedVersion) {
    try {
      entityManager().remove(row);
      entityManager().flush();
    } catch (PersistenceException e) {
      throw conflictOr(e, what, expectedVersion);
    }
  }

  /**
   * Deletes a managed row that carries no version, and flushes.
   *
   * @param row the managed entity
   * @param what the record, for the message of a conflict
   */
  public void delete(Object row, String what) {
    delete(row, what, UNKNOWN_VERSION);
  }

  /**
   * Flushes changes to managed rows that carry no version, so that a conflict shows at once.
   *
   * @param what the records, for the message of a conflict
   */
  public void flush(String what) {
    try {
      entityManager().flush();
    } catch (PersistenceException e) {
      throw conflictOr(e, what, UNKNOWN_VERSION);
    }
  }

  /**
   * Applies an update to a managed row and flushes it, so that the database checks the version
   * now and the row carries the next version afterwards. A row whose fields did not change still
   * gets the next version.
   *
   * @param row the managed entity, already found at {@code expectedVersion}
   * @param changed whether the caller changed any field of the row
   * @param what the record, for the message of a conflict
   * @param expectedVersion the version the caller read
   */
  public void flushUpdate(Object row, boolean changed, String what, long expectedVersion) {
    try {
      if (!changed) {
        entityManager().lock(row, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
      }
      entityManager().flush();
    } catch (PersistenceException e) {
      throw conflictOr(e, what, expectedVersion);
    }
  }

  /**
   * Runs a paged query and its count query in the current transaction.
   *
   * @param rows the query of the rows, in the list's order
   * @param count the query that counts all rows of the list
   * @param request which page
   * @param toDomain maps a row to its record
   * @param <R> the row type
   * @param <T> the record type
   * @return the page
   */
  public <R, T> Page<T> page(TypedQuery<R> rows, TypedQuery<Long> count, PageRequest request, Function<R, T> toDomain) {
    List<T> items =
        rows.setFirstResult(Math.toIntExact(request.offset()))
            .setMaxResults(request.size())
            .getResultStream()
            .map(toDomain)
            .toList();
    boolean lastPageFound = items.size() < request.size() && (!items.isEmpty() || request.offset() == 0);
    long total = lastPageFound ? request.offset() + items.size() : count.getSingleResult();
    return new Page<>(items, request, total);
  }

  private static RuntimeException conflictOr(PersistenceException failure, String what, long expectedVersion) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          || cause instanceof PessimisticLockException
          || cause instanceof LockTimeoutException
          || cause instanceof SQLException lost && lost.getSQLState() != null
              && lost.getSQLState().startsWith(TRANSACTION_ROLLBACK)) {
        // The database chose this transaction as the loser of a race: retrying it is the cure.
        return ConflictException.staleVersion(what, expectedVersion);
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
        return ConflictException.duplicate(what);
      }
    }
    return failure;
  }
}
