package org.copkit.spring;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.copkit.api.storage.ChangeLog;
import org.copkit.jpa.JpaStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On PostgreSQL, this node's {@code LISTEN} for other nodes' commits to the change log ({@link
 * JpaStorage#listenForChanges}), so that the feed catches up at once rather than at its next poll;
 * on other databases, nothing (the poller alone). Closed with the context, before the DataSource.
 */
final class CopKitChangeListener implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CopKitChangeListener.class);

  private final Optional<ChangeLog.Subscription> subscription;

  CopKitChangeListener(JpaStorage storage, DataSource dataSource) {
    this.subscription = isPostgres(dataSource) ? Optional.of(storage.listenForChanges(dataSource)) : Optional.empty();
    subscription.ifPresent(listening -> LOG.info("CoPKit listens for other nodes' changes (PostgreSQL LISTEN)"));
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read which database the data source connects to", e);
    }
  }

  /** @return whether this node listens (on PostgreSQL) */
  boolean listening() {
    return subscription.isPresent();
  }

  @Override
  public void close() {
    subscription.ifPresent(ChangeLog.Subscription::close);
  }
}
