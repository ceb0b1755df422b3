package org.copkit.tck.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.api.shared.ConflictException;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of the discussion suites: it asks the adapter under test for a {@link DiscussionStorage}
 * before every test and runs every port call in a transaction of it, as the core does.
 *
 * <p>An adapter extends each suite once and implements {@link #storage()}; nothing else is needed.
 */
@ExtendWith(ReadableFailures.class)
public abstract class DiscussionStorageContract {

  private DiscussionStorage storage;

  /** For subclasses. */
  protected DiscussionStorageContract() {}

  /**
   * The storage under test. Called once before every test, including those in nested classes; it
   * must return a storage that holds nothing at all: a new instance, or one whose tables were
   * emptied. Tests never share data, so they may run in any order.
   *
   * @return a fresh, empty storage
   */
  protected abstract DiscussionStorage storage();

  @BeforeEach
  final void startWithEmptyStorage() {
    storage = storage();
  }

  /**
   * Runs work in one transaction of the storage under test.
   *
   * @param work the reads and writes, given the storage
   * @param <T> what it returns
   * @return what the work returned
   */
  protected final <T> T inTransaction(Function<DiscussionStorage, T> work) {
    return storage.transactions().inTransaction(() -> work.apply(storage));
  }

  /**
   * A view of one port on which every call runs in its own transaction, the way a use case calls
   * it. Exceptions pass through unchanged.
   *
   * @param type the port's interface
   * @param port picks the port from the storage
   * @param <P> the port type
   * @return the view
   */
  protected final <P> P eachCallInATransaction(Class<P> type, Function<DiscussionStorage, P> port) {
    return EachCallInATransaction.of(type, port.apply(storage), storage.transactions());
  }

  /**
   * Asserts that a call fails with a {@link ConflictException} of the given kind.
   *
   * @param kind the kind expected
   * @param call the call
   */
  protected static void assertConflict(ConflictException.Kind kind, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(ConflictException.class, conflict -> assertThat(conflict.kind()).isEqualTo(kind));
  }
}
