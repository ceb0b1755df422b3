package org.copkit.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.NotFoundException;

/**
 * A {@link VersionedStore} with secondary indexes kept in step with every write and undone with it
 * on rollback, the way a database keeps a table's indexes: plain ones, to find records by a field
 * without scanning them all, and unique ones that hold only while a condition does ("one open flag
 * per flagger and subject"), which reject a second record with a DUPLICATE.
 *
 * <p>Indexes are declared in the owner's constructor, before the first write.
 *
 * @param <K> the record's ID
 * @param <V> the record
 */
final class IndexedStore<K, V> {

  private final InMemoryTransactions transactions;
  private final VersionedStore<K, V> records;
  private final String kind;
  private final Function<V, K> id;
  private final List<Index<?>> indexes = new ArrayList<>();
  private final List<Timeline<?>> timelines = new ArrayList<>();
  private final List<UniqueIndex<?>> uniqueIndexes = new ArrayList<>();
  private final List<Tally<?>> tallies = new ArrayList<>();

  IndexedStore(
      InMemoryTransactions transactions,
      String kind,
      Function<V, K> id,
      ToLongFunction<V> version,
      VersionedStore.VersionSetter<V> withVersion) {
    this.transactions = transactions;
    this.records = new VersionedStore<>(transactions, kind, version, withVersion);
    this.kind = kind;
    this.id = id;
  }

  /**
   * Declares an index of records by a field.
   *
   * @param field the field; never null
   * @param <G> its type
   * @return the index
   */
  <G> Index<G> index(Function<V, G> field) {
    Index<G> index = new Index<>(field);
    indexes.add(index);
    return index;
  }

  /**
   * Declares a timeline: records grouped by a field, each group in the order of an instant of the
   * record, for range scans (a database's index on {@code (field, instant)}).
   *
   * @param field the group; never null
   * @param at the instant; never null, never changed by an update
   * @param ties orders records of one group at the same instant
   * @param <G> the group's type
   * @return the timeline
   */
  <G> Timeline<G> timeline(Function<V, G> field, Function<V, Instant> at, Comparator<K> ties) {
    Timeline<G> timeline = new Timeline<>(field, at, ties);
    timelines.add(timeline);
    return timeline;
  }

  /**
   * Declares a tally: how many records hold each value of a field, kept as records are written, so
   * that a count needs no scan (a database's index-only count).
   *
   * @param field the field; never null
   * @param <G> its type
   * @return the tally
   */
  <G> Tally<G> tally(Function<V, G> field) {
    Tally<G> tally = new Tally<>(field);
    tallies.add(tally);
    return tally;
  }

  /**
   * Declares a key that at most one record holds while the condition is true of it.
   *
   * @param condition when a record holds its key
   * @param key the key; never null
   * @param describe names a key in the DUPLICATE error
   * @param <U> the key's type
   * @return the index
   */
  <U> UniqueIndex<U> uniqueWhile(Predicate<V> condition, Function<V, U> key, Function<U, String> describe) {
    UniqueIndex<U> index = new UniqueIndex<>(condition, key, describe);
    uniqueIndexes.add(index);
    return index;
  }

  /** Stores a new record: DUPLICATE when its ID or one of its unique keys is taken. */
  void add(V record) {
    K key = id.apply(record);
    List<Runnable> claims = claimUniqueKeys(key, null, record);
    try {
      records.add(key, record);
    } catch (RuntimeException e) {
      claims.forEach(Runnable::run);
      throw e;
    }
    indexes.forEach(index -> index.reindex(key, null, record));
    timelines.forEach(timeline -> timeline.reindex(key, null, record));
    tallies.forEach(tally -> tally.recount(null, record));
  }

  /**
   * Replaces a record at the version it carries: NotFound, STALE_VERSION, or DUPLICATE when it
   * takes a unique key another record holds; on any of them nothing changes.
   *
   * @return the stored record, at the next version
   */
  V update(V record) {
    K key = id.apply(record);
    V before = records.find(key).orElseThrow(() -> new NotFoundException(kind, String.valueOf(key)));
    List<Runnable> claims = claimUniqueKeys(key, before, record);
    V after;
    try {
      after = records.update(key, record);
    } catch (RuntimeException e) {
      claims.forEach(Runnable::run);
      throw e;
    }
    uniqueIndexes.forEach(index -> index.releaseFormerKey(key, before, after));
    indexes.forEach(index -> index.reindex(key, before, after));
    timelines.forEach(timeline -> timeline.reindex(key, before, after));
    tallies.forEach(tally -> tally.recount(before, after));
    return after;
  }

  Optional<V> find(K key) {
    return records.find(key);
  }

  /** @return every record, in no particular order */
  Stream<V> all() {
    return records.all().stream();
  }

  private List<Runnable> claimUniqueKeys(K key, V before, V after) {
    List<Runnable> claims = new ArrayList<>();
    try {
      for (UniqueIndex<?> index : uniqueIndexes) {
        index.claim(key, before, after).ifPresent(claims::add);
      }
    } catch (RuntimeException e) {
      claims.forEach(Runnable::run);
      throw e;
    }
    return claims;
  }

  /**
   * Records grouped by a field.
   *
   * @param <G> the field's type
   */
  final class Index<G> {

    private final Map<G, Set<K>> keys = new ConcurrentHashMap<>();
    private final Function<V, G> field;

    private Index(Function<V, G> field) {
      this.field = field;
    }

    /**
     * @param value a value of the field
     * @return the records with that value, in no particular order
     */
    Stream<V> find(G value) {
      return List.copyOf(keys.getOrDefault(value, Set.of())).stream().flatMap(key -> records.find(key).stream());
    }

    private void reindex(K key, V before, V after) {
      G from = before == null ? null : field.apply(before);
      G to = field.apply(after);
      if (Objects.equals(from, to)) {
        return;
      }
      if (from != null) {
        unlink(from, key);
        transactions.onRollback(() -> link(from, key));
      }
      link(to, key);
      transactions.onRollback(() -> unlink(to, key));
    }

    private void link(G value, K key) {
      keys.computeIfAbsent(value, v -> ConcurrentHashMap.newKeySet()).add(key);
    }

    private void unlink(G value, K key) {
      keys.computeIfPresent(value, (v, group) -> group.remove(key) && group.isEmpty() ? null : group);
    }
  }

  /**
   * Records grouped by a field, each group ordered by an instant of the record and then by ID. It
   * holds the records themselves, so that a range scan reads no other map.
   *
   * @param <G> the field's type
   */
  final class Timeline<G> {

    private final Map<G, ConcurrentNavigableMap<Stamp<K>, V>> groups = new ConcurrentHashMap<>();
    private final Map<G, AtomicLong> versions = new ConcurrentHashMap<>();
    private final Function<V, G> field;
    private final Function<V, Instant> at;
    private final Comparator<Stamp<K>> order;

    private Timeline(Function<V, G> field, Function<V, Instant> at, Comparator<K> ties) {
      this.field = field;
      this.at = at;
      this.order = Comparator.<Stamp<K>, Instant>comparing(Stamp::at)
          .thenComparing(Stamp::key, Comparator.nullsFirst(ties));
    }

    /**
     * @param group a value of the field
     * @param from the first instant included
     * @param to the first instant excluded
     * @return the group's records at instants in {@code [from, to)}, in order; a live view
     */
    Collection<V> between(G group, Instant from, Instant to) {
      ConcurrentNavigableMap<Stamp<K>, V> records = groups.get(group);
      return records == null ? List.of() : records.subMap(new Stamp<>(from, null), new Stamp<>(to, null)).values();
    }

    /**
     * @param group a value of the field
     * @param from the first instant included
     * @param max the most records
     * @return the group's latest records at {@code from} or later, newest first (ties by ID, last
     *     first); a copy
     */
    List<V> latest(G group, Instant from, int max) {
      ConcurrentNavigableMap<Stamp<K>, V> records = groups.get(group);
      if (records == null) {
        return List.of();
      }
      List<V> latest = new ArrayList<>(Math.min(max, 16));
      for (V record : records.tailMap(new Stamp<>(from, null)).descendingMap().values()) {
        if (latest.size() == max) {
          break;
        }
        latest.add(record);
      }
      return latest;
    }

    /**
     * A group's version: it changes whenever a record of the group is added, replaced or removed,
     * rollbacks included, so that what was derived from the group can tell it is out of date.
     *
     * @param group a value of the field
     * @return the version, 0 for a group never written
     */
    long version(G group) {
      AtomicLong version = versions.get(group);
      return version == null ? 0 : version.get();
    }

    /** @return the groups that hold records */
    Set<G> groups() {
      return Set.copyOf(groups.keySet());
    }

    private void reindex(K key, V before, V after) {
      if (before != null) {
        unlink(field.apply(before), new Stamp<>(at.apply(before), key));
        transactions.onRollback(() -> link(field.apply(before), new Stamp<>(at.apply(before), key), before));
      }
      link(field.apply(after), new Stamp<>(at.apply(after), key), after);
      transactions.onRollback(() -> unlink(field.apply(after), new Stamp<>(at.apply(after), key)));
    }

    private void link(G group, Stamp<K> stamp, V record) {
      groups.computeIfAbsent(group, g -> new ConcurrentSkipListMap<>(order)).put(stamp, record);
      versions.computeIfAbsent(group, g -> new AtomicLong()).incrementAndGet();
    }

    private void unlink(G group, Stamp<K> stamp) {
      versions.computeIfAbsent(group, g -> new AtomicLong()).incrementAndGet();
      groups.computeIfPresent(group, (g, records) -> {
        records.remove(stamp);
        return records.isEmpty() ? null : records;
      });
    }
  }

  /**
   * How many records hold each value of a field.
   *
   * @param <G> the field's type
   */
  final class Tally<G> {

    private final Map<G, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Function<V, G> field;

    private Tally(Function<V, G> field) {
      this.field = field;
    }

    /**
     * @param value a value of the field
     * @return how many records hold it
     */
    long count(G value) {
      AtomicLong count = counts.get(value);
      return count == null ? 0 : count.get();
    }

    private void recount(V before, V after) {
      G from = before == null ? null : field.apply(before);
      G to = field.apply(after);
      if (Objects.equals(from, to)) {
        return;
      }
      if (from != null) {
        add(from, -1);
        transactions.onRollback(() -> add(from, 1));
      }
      add(to, 1);
      transactions.onRollback(() -> add(to, -1));
    }

    private void add(G value, long delta) {
      counts.compute(value, (v, count) -> {
        AtomicLong next = count == null ? new AtomicLong() : count;
        return next.addAndGet(delta) == 0 ? null : next;
      });
    }
  }

  /** A record's place in a timeline; a null key sorts before every key at the same instant. */
  private record Stamp<K>(Instant at, K key) {}

  /**
   * A key held by at most one record at a time, while a condition is true of it.
   *
   * @param <U> the key's type
   */
  final class UniqueIndex<U> {

    private final Map<U, K> holders = new ConcurrentHashMap<>();
    private final Predicate<V> condition;
    private final Function<V, U> key;
    private final Function<U, String> describe;

    private UniqueIndex(Predicate<V> condition, Function<V, U> key, Function<U, String> describe) {
      this.condition = condition;
      this.key = key;
      this.describe = describe;
    }

    /**
     * @param value a key
     * @return the record holding it, if any
     */
    Optional<V> find(U value) {
      return Optional.ofNullable(holders.get(value)).flatMap(records::find);
    }

    /** @return every record that holds a key, in no particular order */
    Stream<V> holders() {
      return List.copyOf(holders.values()).stream().flatMap(held -> records.find(held).stream());
    }

    /** @return how to give the key back if the write fails, when a key was taken */
    private Optional<Runnable> claim(K id, V before, V after) {
      U wanted = heldKey(after);
      if (wanted == null || wanted.equals(heldKey(before))) {
        return Optional.empty();
      }
      if (holders.putIfAbsent(wanted, id) != null) {
        throw ConflictException.duplicate(describe.apply(wanted));
      }
      Runnable release = () -> holders.remove(wanted, id);
      transactions.onRollback(release);
      return Optional.of(release);
    }

    private void releaseFormerKey(K id, V before, V after) {
      U former = heldKey(before);
      if (former != null && !former.equals(heldKey(after)) && holders.remove(former, id)) {
        transactions.onRollback(() -> holders.put(former, id));
      }
    }

    private U heldKey(V record) {
      return record != null && condition.test(record) ? key.apply(record) : null;
    }
  }
}
