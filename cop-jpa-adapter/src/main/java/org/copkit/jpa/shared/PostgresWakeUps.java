package org.copkit.jpa.shared;

import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.storage.ChangeLog;

/**
 * Wakes the change log's subscribers when another node commits changes, on PostgreSQL: holds one
 * connection that {@code LISTEN}s on {@value #CHANNEL}, to which every node's commits that append
 * changes {@code NOTIFY} their schema and last sequence (see {@link JpaChangeLog}). Notifications
 * of other schemas (another deployment on the same database) are ignored.
 *
 * <p>A daemon thread waits for notifications, half a second at a time so that closing stops it
 * promptly. When the connection fails it is opened again, waiting longer each time (up to five
 * seconds); meanwhile readers still poll, so nothing is lost, only the wake-up.
 *
 * <p>The driver's own API ({@code org.postgresql.PGConnection#getNotifications(int)}) is called
 * by reflection: the adapter does not depend on the driver, and a host on another database never
 * loads it.
 */
final class PostgresWakeUps implements ChangeLog.Subscription {

  static final String CHANNEL = "copkit_changes";
  private static final System.Logger LOG = System.getLogger(PostgresWakeUps.class.getName());
  private static final int WAIT_MILLIS = 500;
  private static final long MAX_BACKOFF_MILLIS = 5_000;

  private final DataSource dataSource;
  private final JpaChangeLog log;
  private final Thread thread;
  private volatile boolean closed;

  private PostgresWakeUps(DataSource dataSource, JpaChangeLog log) {
    this.dataSource = dataSource;
    this.log = log;
    this.thread = new Thread(this::listen, "copkit-change-listener");
    this.thread.setDaemon(true);
  }

  /**
   * Checks that the data source reaches PostgreSQL, then starts listening.
   *
   * @throws InvalidInputException when the data source is null or not PostgreSQL
   * @throws IllegalStateException when no connection can be opened to check it
   */
  static PostgresWakeUps start(DataSource dataSource, JpaChangeLog log) {
    if (dataSource == null) {
      throw new InvalidInputException("dataSource", "is required");
    }
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if (!"PostgreSQL".equals(product)) {
        throw new InvalidInputException("dataSource", "must reach PostgreSQL to listen for changes, reached " + product);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open a connection to listen for changes", e);
    }
    PostgresWakeUps wakeUps = new PostgresWakeUps(dataSource, log);
    wakeUps.thread.start();
    return wakeUps;
  }

  private void listen() {
    long backoff = 100;
    boolean failing = false;
    while (!closed) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        String schema;
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
          try (ResultSet row = statement.executeQuery("SELECT current_schema()")) {
            row.next();
            schema = row.getString(1);
          }
        }
        Driver driver = Driver.of(connection);
        if (failing) {
          LOG.log(Level.INFO, "Listening for changes on PostgreSQL again");
          failing = false;
        }
        backoff = 100;
        while (!closed) {
          long last = driver.lastSequence(schema, WAIT_MILLIS);
          if (last > 0) {
            log.wake(last);
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (closed) {
          return;
        }
        if (!failing) {
          LOG.log(Level.WARNING, "Lost the connection that listens for changes on PostgreSQL; the feed polls until it is back: {0}", e.toString());
          failing = true;
        }
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException interrupted) {
          return;
        }
        backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
      }
    }
  }

  /** Stops listening; the thread ends within about half a second. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    log.stopNotifying();
    thread.interrupt();
  }

  /** @return whether the listening thread is still running (for tests) */
  boolean running() {
    return thread.isAlive();
  }

  /** The driver's notification API, reached by reflection. */
  private record Driver(Object connection, Method getNotifications, Method getParameter) {

    static Driver of(Connection connection) throws SQLException {
      try {
        ClassLoader loader = connection.getClass().getClassLoader();
        Class<?> pgConnection = Class.forName("org.postgresql.PGConnection", false, loader);
        Class<?> pgNotification = Class.forName("org.postgresql.PGNotification", false, loader);
        return new Driver(connection.unwrap(pgConnection), pgConnection.getMethod("getNotifications", int.class),
            pgNotification.getMethod("getParameter"));
      } catch (ReflectiveOperationException e) {
        throw new SQLException("the PostgreSQL driver's notification API is not available: " + e, e);
      }
    }

    /**
     * Waits up to {@code millis} for notifications.
     *
     * @return the highest sequence notified for the schema, or 0 when none came
     */
    long lastSequence(String schema, int millis) throws SQLException {
      Object[] notifications;
      try {
        notifications = (Object[]) getNotifications.invoke(connection, millis);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof SQLException failure) {
          throw failure;
        }
        throw new SQLException("waiting for notifications failed: " + e.getCause(), e.getCause());
      } catch (IllegalAccessException e) {
        throw new SQLException("the PostgreSQL driver's notification API is not accessible: " + e, e);
      }
      long last = 0;
      if (notifications != null) {
        for (Object notification : notifications) {
          last = Math.max(last, sequenceIn(parameter(notification), schema));
        }
      }
      return last;
    }

    private String parameter(Object notification) throws SQLException {
      try {
        return (String) getParameter.invoke(notification);
      } catch (ReflectiveOperationException e) {
        throw new SQLException("cannot read a notification: " + e, e);
      }
    }
  }

  /**
   * @param payload a notification's payload: {@code schema:sequence}
   * @return the sequence, when the payload is for the schema and well formed; otherwise 0
   */
  static long sequenceIn(String payload, String schema) {
    if (payload == null) {
      return 0;
    }
    int colon = payload.lastIndexOf(':');
    if (colon < 0 || !payload.substring(0, colon).equals(schema)) {
      return 0;
    }
    try {
      return Math.max(0, Long.parseLong(payload.substring(colon + 1)));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
