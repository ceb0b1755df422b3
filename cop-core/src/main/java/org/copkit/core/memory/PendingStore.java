package org.copkit.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Records that wait for an answer (join requests, invitations), with at most one pending record
 * per community and person.
 *
 * @param <K> the record's ID
 * @param <V> the record
 */
final class PendingStore<K extends Comparable<K>, V> {

  record PendingKey(CommunityId community, MemberId person) {}

  private final InMemoryTransactions transactions;
  private final VersionedStore<K, V> records;
  private final Map<PendingKey, K> pending = new ConcurrentHashMap<>();
  private final String kind;
  private final Function<V, K> id;
  private final Function<V, PendingKey> pendingKey;
  private final Predicate<V> isPending;

  PendingStore(
      InMemoryTransactions transactions,
      String kind,
      Function<V, K> id,
      Function<V, PendingKey> pendingKey,
      Predicate<V> isPending,
      ToLongFunction<V> version,
      VersionedStore.VersionSetter<V> withVersion) {
    this.transactions = transactions;
    this.records = new VersionedStore<>(transactions, kind, version, withVersion);
    this.kind = kind;
    this.id = id;
    this.pendingKey = pendingKey;
    this.isPending = isPending;
  }

  void add(V record) {
    PendingKey key = pendingKey.apply(record);
    K recordId = id.apply(record);
    if (isPending.test(record)) {
      if (pending.putIfAbsent(key, recordId) != null) {
        throw ConflictException.duplicate("pending " + kind + " of " + key.person() + " in " + key.community());
      }
      transactions.onRollback(() -> pending.remove(key, recordId));
    }
    try {
      records.add(recordId, record);
    } catch (ConflictException e) {
      if (isPending.test(record)) {
        pending.remove(key, recordId);
      }
      throw e;
    }
  }

  V update(V record) {
    V stored = records.update(id.apply(record), record);
    PendingKey key = pendingKey.apply(record);
    K recordId = id.apply(record);
    if (!isPending.test(stored) && pending.remove(key, recordId)) {
      transactions.onRollback(() -> pending.put(key, recordId));
    }
    return stored;
  }

  Optional<V> find(K recordId) {
    return records.find(recordId);
  }

  Optional<V> findPending(CommunityId community, MemberId person) {
    return Optional.ofNullable(pending.get(new PendingKey(community, person))).flatMap(records::find);
  }

  Page<V> pendingIn(CommunityId community, Comparator<V> order, PageRequest page) {
    return Page.of(
        select(v -> isPending.test(v) && pendingKey.apply(v).community().equals(community), order), page);
  }

  List<V> select(Predicate<V> filter, Comparator<V> order) {
    return records.all().stream().filter(filter).sorted(order.thenComparing(id)).toList();
  }

  PendingKey keyOf(V record) {
    return pendingKey.apply(record);
  }
}
