package org.copkit.core.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.CopException;
import org.copkit.api.shared.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a use case in one transaction and, when storage reports that a concurrent transaction
 * changed the same aggregate first, runs it again from the start on fresh data (a bounded number of
 * times, with randomized back-off). A conflict the use case raises itself, such as a stale version
 * the caller supplied, is {@linkplain #abort aborted} and never retried.
 *
 * <p>Wiring for the core's use cases; hosts use {@code CopPlatform}.
 */
public final class UnitOfWork {

  /** How many times a use case runs at most before the conflict reaches the caller. */
  public static final int MAX_ATTEMPTS = 16;

  private static final Logger LOG = LoggerFactory.getLogger(UnitOfWork.class);
  private static final ThreadLocal<List<Runnable>> AFTER_COMMIT = new ThreadLocal<>();

  private final Transactions transactions;

  /**
   * @param transactions the storage's unit of work
   */
  public UnitOfWork(Transactions transactions) {
    this.transactions = transactions;
  }

  /**
   * Runs a command: in one transaction, retried on concurrent conflicts.
   *
   * @param work the use case's reads and writes
   * @param <T> what it returns
   * @return what it returned, after commit
   */
  public <T> T run(Supplier<T> work) {
    if (AFTER_COMMIT.get() != null) {
      return transactions.inTransaction(work); // joins the command already running on this thread
    }
    for (int attempt = 1; ; attempt++) {
      List<Runnable> afterCommit = new ArrayList<>();
      AFTER_COMMIT.set(afterCommit);
      try {
        T result = transactions.inTransaction(work);
        AFTER_COMMIT.remove();
        afterCommit.forEach(UnitOfWork::runQuietly);
        return result;
      } catch (Abort abort) {
        throw abort.error;
      } catch (ConflictException e) {
        if (e.kind() != ConflictException.Kind.STALE_VERSION || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        backOff(attempt);
      } finally {
        AFTER_COMMIT.remove();
      }
    }
  }

  /**
   * Runs an action once the running command has committed, and never if it fails or is retried
   * (then the retry registers it again). For effects outside the transaction, such as the in-memory
   * feed index. An action that throws is logged and does not undo the command. Outside a command
   * the action runs at once.
   *
   * @param action the effect
   */
  public static void afterCommit(Runnable action) {
    List<Runnable> pending = AFTER_COMMIT.get();
    if (pending == null) {
      runQuietly(action);
    } else {
      pending.add(action);
    }
  }

  private static void runQuietly(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.warn("An effect after commit failed; the command itself stands: {}", e.toString());
    }
  }

  /**
   * Runs a query in one transaction; queries are not retried.
   *
   * @param work the reads
   * @param <T> what it returns
   * @return what it returned
   */
  public <T> T read(Supplier<T> work) {
    return transactions.inTransaction(work);
  }

  /**
   * Ends the running use case with an error that retrying cannot cure. Throw what this returns.
   *
   * @param error the error the caller gets
   * @return the exception to throw from inside the work
   */
  public static RuntimeException abort(CopException error) {
    return new Abort(error);
  }

  private static void backOff(int attempt) {
    long maxMicros = 200L << Math.min(attempt, 6);
    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(50, maxMicros) * 1_000);
  }

  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final CopException error;

    Abort(CopException error) {
      super(error.getMessage(), error, false, false);
      this.error = error;
    }
  }
}
