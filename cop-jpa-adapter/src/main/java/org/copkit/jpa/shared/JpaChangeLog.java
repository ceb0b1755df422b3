package org.copkit.jpa.shared;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.copkit.api.shared.Validation;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.storage.Change;
import org.copkit.api.storage.ChangeLog;

/**
 * {@link ChangeLog} on JPA: {@code cop_change}, numbered from the one-row {@code
 * cop_change_counter}.
 *
 * <p>The changes a transaction appends wait in memory until its last step ({@link
 * JpaTransactions#beforeCommit}): then one {@code UPDATE} raises the counter by their number,
 * which locks its row until the commit, and they are inserted with the consecutive sequences it
 * gave. The next transaction that appends changes waits on that row lock until this one has
 * committed, and draws higher numbers: sequence order is commit order, and a reader that has read
 * up to a sequence never finds a lower one committed later. Taking the lock last keeps the time
 * writers wait for each other to the length of one commit, and since nothing is locked after it,
 * it adds no deadlock. Transactions that append nothing never touch the counter.
 *
 * <p>A claimed key is inserted at once into {@code cop_change_key}, whose primary key makes a
 * concurrent claimant wait for the first one's outcome and then fail (reported as {@link
 * ConflictException.Kind#STALE_VERSION}, so the use case runs again and finds the key taken or
 * free).
 *
 * <p>While the node {@linkplain PostgresWakeUps listens for changes} on PostgreSQL, that last step
 * also sends {@code NOTIFY} with the schema and the last sequence drawn; PostgreSQL delivers it to
 * the other nodes' listeners when (and only if) the transaction commits, and each wakes the
 * subscribers of its log.
 */
final class JpaChangeLog implements ChangeLog {

  private static final String COLUMNS = "select c.sequence, c.topic, c.changeKey, c.body from CopChange c";

  private final JpaTransactions transactions;
  /**
   * The changes of this thread's transaction not yet inserted, with the entity manager of that
   * transaction: those of a transaction that rolled back are left behind and never inserted.
   */
  private final ThreadLocal<Pending> pending = new ThreadLocal<>();

  private record Pending(EntityManager transaction, List<String[]> changes) {}

  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
  /** How many listeners of this node are running: while there is one, commits notify. */
  private final AtomicInteger notifying = new AtomicInteger();

  JpaChangeLog(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void append(String topic, String body) {
    ChangeLog.checkTopic(topic);
    ChangeLog.checkBody(body);
    buffer(topic, null, body);
  }

  @Override
  public boolean appendClaiming(String topic, String key, String body) {
    ChangeLog.checkTopic(topic);
    ChangeLog.checkKey(key);
    ChangeLog.checkBody(body);
    if (claimed(key).isPresent() || isPending(key)) {
      return false;
    }
    try {
      transactions.insert(new ChangeKeyRow(key), "change key " + key);
    } catch (ConflictException e) {
      if (e.kind() == ConflictException.Kind.DUPLICATE) {
        // Another transaction claimed it and has committed since this one looked: run again.
        throw ConflictException.staleVersion("change key " + key, -1);
      }
      throw e;
    }
    buffer(topic, key, body);
    return true;
  }

  private boolean isPending(String key) {
    Pending waiting = pending.get();
    return waiting != null
        && waiting.transaction() == transactions.entityManager()
        && waiting.changes().stream().anyMatch(change -> key.equals(change[1]));
  }

  private void buffer(String topic, String key, String body) {
    EntityManager transaction = transactions.entityManager(); // fails fast outside a transaction
    Pending waiting = pending.get();
    if (waiting == null || waiting.transaction() != transaction) {
      waiting = new Pending(transaction, new ArrayList<>());
      List<String[]> changes = waiting.changes();
      transactions.beforeCommit(() -> insert(changes));
      pending.set(waiting);
    }
    waiting.changes().add(new String[] {topic, key, body});
  }

  /**
   * The transaction's last step: draws the sequences, holding the counter's lock until commit. A
   * failure here rolls the transaction back and is reported as any write's.
   */
  private void insert(List<String[]> changes) {
    pending.remove();
    EntityManager entityManager = transactions.entityManager();
    entityManager.flush();
    entityManager
        .createNativeQuery("UPDATE cop_change_counter SET last_seq = last_seq + ?1 WHERE id = 1")
        .setParameter(1, changes.size())
        .executeUpdate();
    long last = ((Number) entityManager
        .createNativeQuery("SELECT last_seq FROM cop_change_counter WHERE id = 1")
        .getSingleResult()).longValue();
    long sequence = last - changes.size();
    for (String[] change : changes) {
      entityManager.persist(new ChangeRow(++sequence, change[0], change[1], change[2]));
    }
    entityManager.flush();
    if (notifying.get() > 0) {
      // delivered at commit, never for a transaction that rolls back; count(*) reads a row back
      // whatever the provider makes of pg_notify's void
      entityManager
          .createNativeQuery("SELECT count(*) FROM (SELECT pg_notify('" + PostgresWakeUps.CHANNEL
              + "', current_schema() || ':' || ?1)) AS notified")
          .setParameter(1, Long.toString(last))
          .getSingleResult();
    }
  }

  @Override
  public Subscription subscribe(LongConsumer listener) {
    Validation.required("listener", listener);
    LongConsumer subscribed = listener::accept; // one entry per call, even for a listener subscribed twice
    listeners.add(subscribed);
    return () -> listeners.remove(subscribed);
  }

  /** Starts listening on PostgreSQL (see {@link PostgresWakeUps}); this node's commits notify. */
  Subscription listen(javax.sql.DataSource dataSource) {
    PostgresWakeUps wakeUps = PostgresWakeUps.start(dataSource, this);
    notifying.incrementAndGet();
    return wakeUps;
  }

  void stopNotifying() {
    notifying.decrementAndGet();
  }

  /** Wakes the subscribers: changes up to {@code sequence} have committed. */
  void wake(long sequence) {
    for (LongConsumer listener : listeners) {
      try {
        listener.accept(sequence);
      } catch (RuntimeException e) {
        System.getLogger(JpaChangeLog.class.getName())
            .log(System.Logger.Level.WARNING, "A listener of the change log failed; it stays subscribed", e);
      }
    }
  }

  /**
   * Updates the row in place; a new key replaces the old one in {@code cop_change_key} as well
   * (its primary key keeps it unique).
   */
  @Override
  public void rewrite(long sequence, Optional<String> key, String body) {
    Validation.required("key", key);
    key.ifPresent(ChangeLog::checkKey);
    ChangeLog.checkBody(body);
    EntityManager entityManager = transactions.entityManager();
    List<?> old = entityManager.createNativeQuery("SELECT change_key FROM cop_change WHERE seq = ?1")
        .setParameter(1, sequence).getResultList();
    if (old.isEmpty()) {
      throw new org.copkit.api.shared.InvalidInputException("sequence", "names no committed change: " + sequence);
    }
    Optional<String> before = Optional.ofNullable((String) old.get(0));
    if (!before.equals(key)) {
      if (before.isPresent()) {
        entityManager.createNativeQuery("DELETE FROM cop_change_key WHERE change_key = ?1")
            .setParameter(1, before.get()).executeUpdate();
      }
      if (key.isPresent()) {
        entityManager.createNativeQuery("INSERT INTO cop_change_key (change_key) VALUES (?1)")
            .setParameter(1, key.get()).executeUpdate();
      }
    }
    entityManager.createNativeQuery("UPDATE cop_change SET change_key = ?1, body = ?2 WHERE seq = ?3")
        .setParameter(1, key.orElse(null)).setParameter(2, body).setParameter(3, sequence).executeUpdate();
  }

  /**
   * In few round trips: per thousand changes, one {@code SELECT} of their keys, then JDBC batches
   * of the keys' deletions and insertions and of the rows' updates.
   */
  @Override
  public void rewrite(List<Rewrite> rewrites) {
    ChangeLog.checkRewrites(rewrites);
    EntityManager entityManager = transactions.entityManager();
    entityManager.flush();
    for (int from = 0; from < rewrites.size(); from += REWRITE_CHUNK) {
      List<Rewrite> chunk = rewrites.subList(from, Math.min(rewrites.size(), from + REWRITE_CHUNK));
      JdbcWork.call(entityManager, connection -> {
        rewrite(connection, chunk);
        return null;
      });
    }
  }

  private static final int REWRITE_CHUNK = 1000;

  private static void rewrite(Connection connection, List<Rewrite> chunk) throws SQLException {
    Map<Long, Optional<String>> before = new HashMap<>();
    String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
    try (PreparedStatement keys = connection.prepareStatement(
        "SELECT seq, change_key FROM cop_change WHERE seq IN (" + marks + ")")) {
      for (int i = 0; i < chunk.size(); i++) {
        keys.setLong(i + 1, chunk.get(i).sequence());
      }
      try (ResultSet rows = keys.executeQuery()) {
        while (rows.next()) {
          before.put(rows.getLong(1), Optional.ofNullable(rows.getString(2)));
        }
      }
    }
    for (Rewrite r : chunk) {
      if (!before.containsKey(r.sequence())) {
        throw new org.copkit.api.shared.InvalidInputException("sequence", "names no committed change: " + r.sequence());
      }
    }
    List<Rewrite> moved = chunk.stream().filter(r -> !before.get(r.sequence()).equals(r.key())).toList();
    batch(connection, "DELETE FROM cop_change_key WHERE change_key = ?", moved.stream()
        .map(r -> before.get(r.sequence())).flatMap(Optional::stream).toList(), (statement, key) -> statement.setString(1, key));
    batch(connection, "INSERT INTO cop_change_key (change_key) VALUES (?)", moved.stream()
        .map(Rewrite::key).flatMap(Optional::stream).toList(), (statement, key) -> statement.setString(1, key));
    batch(connection, "UPDATE cop_change SET change_key = ?, body = ? WHERE seq = ?", chunk, (statement, r) -> {
      statement.setString(1, r.key().orElse(null));
      statement.setString(2, r.body());
      statement.setLong(3, r.sequence());
    });
  }

  @FunctionalInterface
  private interface Binder<T> {
    void bind(PreparedStatement statement, T value) throws SQLException;
  }

  private static <T> void batch(Connection connection, String sql, List<T> values, Binder<T> binder)
      throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (T value : values) {
        binder.bind(statement, value);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  @Override
  public Optional<Change> claimed(String key) {
    ChangeLog.checkKey(key);
    return transactions.entityManager()
        .createQuery(COLUMNS + " where c.changeKey = :key", Object[].class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .map(JpaChangeLog::change);
  }

  @Override
  public List<Change> after(long sequence, int max) {
    ChangeLog.checkRead(sequence, max);
    return transactions.entityManager()
        .createQuery(COLUMNS + " where c.sequence > :after order by c.sequence", Object[].class)
        .setParameter("after", sequence)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(JpaChangeLog::change)
        .toList();
  }

  private static Change change(Object[] row) {
    return new Change(((Number) row[0]).longValue(), (String) row[1], Optional.ofNullable((String) row[2]), (String) row[3]);
  }
}
