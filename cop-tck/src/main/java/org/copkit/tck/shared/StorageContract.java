package org.copkit.tck.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.storage.CopStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every contract suite: it asks the adapter under test for a storage and runs port
 * calls in transactions, because some adapters (JPA) work only inside one.
 *
 * <p>Suites group their tests in {@link org.junit.jupiter.api.Nested @Nested} classes, in the style
 * of Micrometer's {@code MeterRegistryCompatibilityKit}. An adapter extends each suite once and
 * implements {@link #storage()}; nothing else is needed.
 */
@ExtendWith(ReadableFailures.class)
public abstract class StorageContract {

  private CopStorage storage;

  /** For subclasses. */
  protected StorageContract() {}

  /**
   * The storage under test. Called once before every test, including those in nested classes; it
   * must return a storage that holds nothing at all: a new instance, or one whose tables were
   * emptied. Tests never share data, so they may run in any order.
   *
   * @return a fresh, empty storage
   */
  protected abstract CopStorage storage();

  @BeforeEach
  final void startWithEmptyStorage() {
    storage = storage();
  }

  /** @return the storage of the running test */
  protected final CopStorage store() {
    return storage;
  }

  /**
   * Runs work in one transaction of the storage under test.
   *
   * @param work the reads and writes
   * @param <T> what it returns
   * @return what the work returned
   */
  protected final <T> T inTransaction(Supplier<T> work) {
    return storage.transactions().inTransaction(work);
  }

  /**
   * Runs work that returns nothing in one transaction of the storage under test.
   *
   * @param work the reads and writes
   */
  protected final void inTransaction(Runnable work) {
    storage.transactions().inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * A view of one port on which every call runs in its own transaction, the way the core calls it
   * from a use case. Exceptions pass through unchanged.
   *
   * @param type the port's interface
   * @param port picks the port from the storage
   * @param <P> the port type
   * @return the view
   */
  protected final <P> P eachCallInATransaction(Class<P> type, Function<CopStorage, P> port) {
    P target = port.apply(storage);
    Object view =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
              }
              return inTransaction(() -> invokeUnwrapped(target, method, args));
            });
    return type.cast(view);
  }

  private static Object invokeUnwrapped(Object target, Method method, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Asserts that a call fails with a {@link ConflictException} of the given kind.
   *
   * @param kind the kind expected
   * @param call the call
   */
  protected static void assertConflict(ConflictException.Kind kind, ThrowingCallable call) {
    assertThatThrownBy(call)
        .as("the call must raise a ConflictException " + kind)
        .isInstanceOfSatisfying(
            ConflictException.class,
            conflict -> assertThat(conflict.kind()).as("the kind of the conflict raised: " + conflict.getMessage()).isEqualTo(kind));
  }
}
