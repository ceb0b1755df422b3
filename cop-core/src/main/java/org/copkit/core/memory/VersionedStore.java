package org.copkit.core.memory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.NotFoundException;

/**
 * A thread-safe map of records with optimistic versions and undo on rollback: the one mechanism
 * every in-memory port is built on.
 *
 * @param <K> the key
 * @param <V> the record
 */
final class VersionedStore<K, V> {

  private final Map<K, V> records = new ConcurrentHashMap<>();
  private final InMemoryTransactions transactions;
  private final String kind;
  private final ToLongFunction<V> version;
  private final VersionSetter<V> withVersion;

  /** Copies a record with another version. */
  @FunctionalInterface
  interface VersionSetter<V> {
    V apply(V record, long version);
  }

  VersionedStore(
      InMemoryTransactions transactions, String kind, ToLongFunction<V> version, VersionSetter<V> withVersion) {
    this.transactions = transactions;
    this.kind = kind;
    this.version = version;
    this.withVersion = withVersion;
  }

  /**
   * A store for values without a version of their own (histories, settings), written with {@link
   * #put} and {@link #remove} only.
   */
  static <K, V> VersionedStore<K, V> unversioned(InMemoryTransactions transactions, String kind) {
    return new VersionedStore<>(transactions, kind, value -> 0, (value, version) -> value);
  }

  void add(K key, V record) {
    if (records.putIfAbsent(key, record) != null) {
      throw ConflictException.duplicate(kind + " " + key);
    }
    transactions.onRollback(() -> records.remove(key));
  }

  V update(K key, V record) {
    long expected = version.applyAsLong(record);
    V next = withVersion.apply(record, expected + 1);
    V[] previous = newHolder();
    records.compute(
        key,
        (k, stored) -> {
          if (stored == null) {
            throw new NotFoundException(kind, String.valueOf(key));
          }
          if (version.applyAsLong(stored) != expected) {
            throw ConflictException.staleVersion(kind + " " + key, expected);
          }
          previous[0] = stored;
          return next;
        });
    V old = previous[0];
    transactions.onRollback(() -> records.put(key, old));
    return next;
  }

  void remove(K key) {
    V old = records.remove(key);
    if (old != null) {
      transactions.onRollback(() -> records.put(key, old));
    }
  }

  /** Applies a change that needs no version check, such as appending to a history. */
  void put(K key, UnaryOperator<V> change) {
    V old = records.get(key);
    records.put(key, change.apply(old));
    transactions.onRollback(
        () -> {
          if (old == null) {
            records.remove(key);
          } else {
            records.put(key, old);
          }
        });
  }

  Optional<V> find(K key) {
    return Optional.ofNullable(records.get(key));
  }

  Collection<K> keys() {
    return records.keySet();
  }

  Collection<V> all() {
    return records.values();
  }

  /**
   * Privacy: every record whose key or value names the member gets the pseudonym instead (a new key
   * when the key named them; the version moves on), then {@code rewrite}.
   *
   * @return how many records changed
   */
  long reassign(org.copkit.api.shared.MemberId member, org.copkit.api.shared.MemberId pseudonym, UnaryOperator<V> rewrite) {
    long changed = 0;
    for (K key : java.util.List.copyOf(records.keySet())) {
      V value = records.get(key);
      if (value == null || !MemberRecords.names(key, member) && !MemberRecords.names(value, member)) {
        continue;
      }
      K nextKey = MemberRecords.replaced(key, member, pseudonym);
      V replaced = rewrite.apply(MemberRecords.replaced(value, member, pseudonym));
      V next = withVersion.apply(replaced, version.applyAsLong(replaced) + 1);
      if (!nextKey.equals(key)) {
        remove(key);
      }
      put(nextKey, old -> next);
      changed++;
    }
    return changed;
  }

  /**
   * Privacy: removes every record whose key or value names the member.
   *
   * @return how many went
   */
  long removeNaming(org.copkit.api.shared.MemberId member) {
    long removed = 0;
    for (K key : java.util.List.copyOf(records.keySet())) {
      V value = records.get(key);
      if (value != null && (MemberRecords.names(key, member) || MemberRecords.names(value, member))) {
        remove(key);
        removed++;
      }
    }
    return removed;
  }

  @SuppressWarnings("unchecked")
  private static <V> V[] newHolder() {
    return (V[]) new Object[1];
  }
}
