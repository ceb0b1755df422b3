package org.copkit.api.shared;

import java.util.Optional;

/**
 * What the ports of records that wait for an answer have in common (join requests, invitations,
 * review items): each record has its own ID and an optimistic version, and while it is <em>open</em>
 * (pending, or escalated for a review item) it is the only open record on its <em>subject</em> (a
 * person in a community for a join request or an invitation, a subject of moderation in a community
 * for a review item). Each port names its subject and adds its own finders and lists.
 *
 * <p>What a storage needs for the one-open rule under concurrency: a unique key that only open
 * records hold, such as a nullable {@code open_key} column with a unique index, set while the record
 * is open and NULL after (see {@code docs/adapters.md}).
 *
 * @param <I> the records' ID
 * @param <T> the record
 */
public interface PendingItems<I, T> {

  /**
   * Stores a new record.
   *
   * @param item the record
   * @throws ConflictException DUPLICATE when the ID is taken, or when the record is open and another
   *     open record on the same subject exists, committed or in a concurrent transaction that then
   *     commits; STALE_VERSION when the database sacrificed this transaction to such a concurrent
   *     one (a deadlock), which the core retries
   */
  void add(T item);

  /**
   * Replaces a record if the stored version equals the record's version.
   *
   * @param item the changed record
   * @return the stored record, at the next version
   * @throws ConflictException STALE_VERSION when the stored version differs, also when a concurrent
   *     transaction updated it first from the same version
   * @throws NotFoundException when there is no such record
   */
  T update(T item);

  /**
   * @param id the ID
   * @return the record, if stored
   */
  Optional<T> find(I id);
}
