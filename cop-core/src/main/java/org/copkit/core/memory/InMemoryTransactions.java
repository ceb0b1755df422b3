package org.copkit.core.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.copkit.api.shared.Transactions;

/**
 * Serializable transactions for the in-memory storage: one fair lock around every unit of work,
 * and an undo log that puts every store back as it was when the work throws. Nested calls join the
 * outer transaction. What must happen only if the work commits (delivering its events) runs after
 * it, still under the lock, in the order it was asked for.
 */
final class InMemoryTransactions implements Transactions {

  private final ReentrantLock lock = new ReentrantLock(true);
  private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();
  private final ThreadLocal<List<Runnable>> onCommit = new ThreadLocal<>();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (undoLog.get() != null) {
      return work.get();
    }
    lock.lock();
    try {
      Deque<Runnable> undo = new ArrayDeque<>();
      List<Runnable> committed = new ArrayList<>();
      undoLog.set(undo);
      onCommit.set(committed);
      T result;
      try {
        result = work.get();
      } catch (RuntimeException | Error e) {
        undo.forEach(Runnable::run); // newest first: the deque is used as a stack
        throw e;
      } finally {
        undoLog.remove();
        onCommit.remove();
      }
      committed.forEach(Runnable::run);
      return result;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs an action once the current transaction commits, or at once outside a transaction; never
   * when it rolls back.
   */
  void afterCommit(Runnable action) {
    List<Runnable> actions = onCommit.get();
    if (actions == null) {
      action.run();
    } else {
      actions.add(action);
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
