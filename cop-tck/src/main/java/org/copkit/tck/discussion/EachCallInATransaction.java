package org.copkit.tck.discussion;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.copkit.api.shared.Transactions;

/**
 * Views of ports on which every call runs in its own transaction, the way a use case calls them.
 * The discussion and moderation suites test through such views, since some adapters (JPA) work only
 * inside a transaction. Exceptions pass through unchanged.
 *
 * <pre>{@code
 * Threads threads = EachCallInATransaction.of(Threads.class, storage.threads(), storage.transactions());
 * }</pre>
 */
public final class EachCallInATransaction {

  private EachCallInATransaction() {}

  /**
   * @param type the port's interface
   * @param port the port
   * @param transactions the unit of work the port takes part in
   * @param <P> the port type
   * @return the view
   */
  public static <P> P of(Class<P> type, P port, Transactions transactions) {
    Object view =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) ->
                method.getDeclaringClass() == Object.class
                    ? method.invoke(port, args)
                    : transactions.inTransaction(() -> invokeUnwrapped(port, method, args)));
    return type.cast(view);
  }

  private static Object invokeUnwrapped(Object port, Method method, Object[] args) {
    try {
      return method.invoke(port, args);
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
}
