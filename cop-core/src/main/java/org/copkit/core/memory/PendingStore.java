package org.copkit.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.copkit.api.community.CommunityId;
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

  private final IndexedStore<K, V> records;
  private final IndexedStore<K, V>.UniqueIndex<PendingKey> pending;
  private final Function<V, K> id;
  private final Function<V, PendingKey> pendingKey;

  PendingStore(
      InMemoryTransactions transactions,
      String kind,
      Function<V, K> id,
      Function<V, PendingKey> pendingKey,
      Predicate<V> isPending,
      ToLongFunction<V> version,
      VersionedStore.VersionSetter<V> withVersion) {
    this.records = new IndexedStore<>(transactions, kind, id, version, withVersion);
    this.pending =
        records.uniqueWhile(
            isPending, pendingKey, key -> "pending " + kind + " of " + key.person() + " in " + key.community());
    this.id = id;
    this.pendingKey = pendingKey;
  }

  void add(V record) {
    records.add(record);
  }

  V update(V record) {
    return records.update(record);
  }

  Optional<V> find(K recordId) {
    return records.find(recordId);
  }

  Optional<V> findPending(CommunityId community, MemberId person) {
    return pending.find(new PendingKey(community, person));
  }

  Page<V> pendingIn(CommunityId community, Comparator<V> order, PageRequest page) {
    return Page.of(
        pending.holders()
            .filter(v -> pendingKey.apply(v).community().equals(community))
            .sorted(order.thenComparing(id))
            .toList(),
        page);
  }

  List<V> select(Predicate<V> filter, Comparator<V> order) {
    return records.all().filter(filter).sorted(order.thenComparing(id)).toList();
  }

  PendingKey keyOf(V record) {
    return pendingKey.apply(record);
  }
}
