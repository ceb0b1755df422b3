package org.copkit.core.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.copkit.api.shared.Transactions;

/**
 * Serializable transactions for the in-memory storage: one fair lock around every unit of work,
 * and an undo log that puts every store back as it was when the work throws. Nested calls join the
 * outer transaction.
 */
final class InMemoryTransactions implements Transactions {

  private final ReentrantLock lock = new ReentrantLock(true);
  private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (undoLog.get() != null) {
      return work.get();
    }
    lock.lock();
    Deque<Runnable> undo = new ArrayDeque<>();
    undoLog.set(undo);
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      undo.forEach(Runnable::run); // newest first: the deque is used as a stack
      throw e;
    } finally {
      undoLog.remove();
      lock.unlock();
    }
  }

  /**
   * Records how to revert a write made by the current transaction. Writes made outside a
   * transaction cannot be reverted and need no record.
   */
  void onRollback(Runnable revert) {
    Deque<Runnable> undo = undoLog.get();
    if (undo != null) {
      undo.push(revert);
    }
  }
}
