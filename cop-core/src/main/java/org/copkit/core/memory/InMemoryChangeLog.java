package org.copkit.core.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.storage.Change;
import org.copkit.api.storage.ChangeLog;

/**
 * {@link ChangeLog} in memory. The storage runs one unit of work at a time, so appending a unit's
 * changes when it commits (still under its lock, in the order appended) numbers them in commit
 * order. A claim is taken at once and given back if the unit rolls back. Reads take this log's
 * monitor only, never the storage's lock: they see what has committed.
 */
final class InMemoryChangeLog implements ChangeLog {

  private final InMemoryTransactions transactions;
  private final List<Change> changes = new ArrayList<>();
  /** Claimed keys: the sequence of the change that holds them, or 0 while its unit is in progress. */
  private final Map<String, Long> claims = new HashMap<>();

  InMemoryChangeLog(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void append(String topic, String body) {
    ChangeLog.checkTopic(topic);
    ChangeLog.checkBody(body);
    transactions.afterCommit(() -> commit(topic, null, body));
  }

  @Override
  public boolean appendClaiming(String topic, String key, String body) {
    ChangeLog.checkTopic(topic);
    ChangeLog.checkKey(key);
    ChangeLog.checkBody(body);
    synchronized (this) {
      if (claims.containsKey(key)) {
        return false; // one unit of work at a time: whoever holds it has committed, or is this unit
      }
      claims.put(key, 0L);
    }
    transactions.onRollback(() -> {
      synchronized (this) {
        claims.remove(key);
      }
    });
    transactions.afterCommit(() -> commit(topic, key, body));
    return true;
  }

  private synchronized void commit(String topic, String key, String body) {
    long sequence = changes.size() + 1L;
    changes.add(new Change(sequence, topic, Optional.ofNullable(key), body));
    if (key != null) {
      claims.put(key, sequence);
    }
  }

  @Override
  public void rewrite(long sequence, Optional<String> key, String body) {
    org.copkit.api.shared.Validation.required("key", key);
    key.ifPresent(ChangeLog::checkKey);
    ChangeLog.checkBody(body);
    synchronized (this) {
      if (sequence < 1 || sequence > changes.size()) {
        throw new org.copkit.api.shared.InvalidInputException("sequence", "names no committed change: " + sequence);
      }
      Long holder = key.map(claims::get).orElse(null);
      if (holder != null && holder != sequence) {
        throw new org.copkit.api.shared.InvalidInputException("key", "is claimed by another change");
      }
    }
    transactions.afterCommit(() -> replace(sequence, key, body));
  }

  private synchronized void replace(long sequence, Optional<String> key, String body) {
    Change old = changes.get((int) (sequence - 1));
    old.key().ifPresent(claims::remove);
    key.ifPresent(k -> claims.put(k, sequence));
    changes.set((int) (sequence - 1), new Change(sequence, old.topic(), key, body));
  }

  @Override
  public synchronized Optional<Change> claimed(String key) {
    ChangeLog.checkKey(key);
    Long sequence = claims.get(key);
    return sequence == null || sequence == 0 ? Optional.empty() : Optional.of(changes.get((int) (sequence - 1)));
  }

  @Override
  public synchronized List<Change> after(long sequence, int max) {
    ChangeLog.checkRead(sequence, max);
    int from = (int) Math.min(sequence, changes.size());
    return List.copyOf(changes.subList(from, Math.min(changes.size(), from + max)));
  }
}
