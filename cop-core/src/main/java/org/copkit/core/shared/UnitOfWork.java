package org.copkit.core.shared;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.CopException;
import org.copkit.api.shared.Transactions;

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
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.inTransaction(work);
      } catch (Abort abort) {
        throw abort.error;
      } catch (ConflictException e) {
        if (e.kind() != ConflictException.Kind.STALE_VERSION || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        backOff(attempt);
      }
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
