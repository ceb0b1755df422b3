package org.copkit.api.storage;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * The ordered change log: every change that an in-memory structure of the platform is derived from
 * (the feed's ranking index and members' profiles today), written in the same unit of work as the
 * change itself. Every node of a deployment reads it to rebuild those structures when it starts
 * and to keep them current afterwards, so the database stays the one source of truth and what a
 * node holds in memory is a cache.
 *
 * <h2>The order readers can trust</h2>
 *
 * A reader that has read every change up to sequence {@code N} asks for the changes {@linkplain
 * #after after} {@code N}. That is correct only if no change with a sequence below {@code N} can
 * commit after the reader looked: with sequences drawn from an identity column or a database
 * sequence, two transactions that draw 7 and 8 may commit 8 first, and a reader that saw 8 would
 * never see 7. Implementations must rule that out: <b>sequence order is commit order</b>. A
 * committed change with sequence {@code s} is visible to every unit of work that starts after it
 * committed, and no change with a sequence below {@code s} commits after it.
 *
 * <p>The JPA adapter draws sequences from a one-row counter, updated (and so locked) as the last
 * statement before its transaction commits: the changes of one transaction are inserted then, with
 * consecutive sequences, and the counter's lock is held until the commit, so the next transaction
 * that writes changes draws higher numbers and can commit only after. Transactions that write no
 * change never touch the counter; those that do wait for each other only for the length of their
 * commit. The in-memory storage runs one unit of work at a time and appends a unit's changes when
 * it commits.
 *
 * <h2>Claims</h2>
 *
 * A change may claim a key, unique in the whole log and decided by the storage under any
 * concurrency ({@link #appendClaiming}): the feed claims each activity ID this way, so that two
 * nodes never both publish one.
 *
 * <h2>Units of work</h2>
 *
 * Writes are part of the storage's current unit of work: they commit with it, and a unit that
 * rolls back leaves nothing in the log and claims no key. Reads see committed changes only, never
 * part of a unit of work. Sequences are positive; they need not be consecutive.
 */
public interface ChangeLog {

  /** The longest topic. */
  int MAX_TOPIC_LENGTH = 64;
  /** The longest key. */
  int MAX_KEY_LENGTH = 200;
  /** The longest body. */
  int MAX_BODY_LENGTH = 65_536;
  /** The most changes one call to {@link #after} returns. */
  int MAX_BATCH = 10_000;

  /**
   * Appends a change to the current unit of work; it gets its sequence when the unit commits,
   * after those appended before it in the same unit.
   *
   * @param topic which derived structure it feeds
   * @param body what changed, printable ASCII
   * @throws InvalidInputException when the topic or body is empty, too long or not printable
   *     ASCII
   */
  void append(String topic, String body);

  /**
   * Appends a change that claims a key, unless a committed change holds it already.
   *
   * @param topic which derived structure it feeds
   * @param key the key, printable ASCII
   * @param body what changed, printable ASCII
   * @return true when the change was appended; false when a committed change holds the key (then
   *     nothing was appended)
   * @throws org.copkit.api.shared.ConflictException {@link
   *     org.copkit.api.shared.ConflictException.Kind#STALE_VERSION} when a unit of work still in
   *     progress claimed the key: retried, the work finds it committed (false) or free again
   * @throws InvalidInputException when the topic, key or body is empty, too long or not
   *     printable ASCII
   */
  boolean appendClaiming(String topic, String key, String body);

  /**
   * Replaces the key and body of a committed change, in the current unit of work; its sequence
   * and topic stay. Only erasure does this: a member's ID is replaced by their pseudonym in the
   * changes that name them, so that the structures derived from the log on a node started later
   * name only the pseudonym. A node that has applied the change already is told by a change of its
   * own (topic {@code privacy}); no reader is woken for a rewrite.
   *
   * @param sequence the sequence of a committed change
   * @param key its key now: the old one, a new one (which then holds the claim instead, unique as
   *     any), or empty
   * @param body its body now, printable ASCII
   * @throws InvalidInputException when the key or body is malformed, or no committed change has
   *     that sequence ({@code sequence})
   */
  void rewrite(long sequence, Optional<String> key, String body);

  /**
   * One change's new key and body, for {@link #rewrite(List)}.
   *
   * @param sequence the sequence of a committed change
   * @param key its key now: the old one, a new one, or empty
   * @param body its body now, printable ASCII
   */
  record Rewrite(long sequence, Optional<String> key, String body) {

    /** Validates the fields: a malformed one fails before anything is rewritten. */
    public Rewrite {
      Validation.required("key", key);
      key.ifPresent(ChangeLog::checkKey);
      checkBody(body);
    }
  }

  /**
   * Rewrites many committed changes at once, as {@link #rewrite(long, Optional, String)} each in
   * turn, in the current unit of work: what an erasure of a member with many changes does. The
   * default does just that; a storage overrides it to send them in few round trips (JPA batches
   * its statements), with the same outcome.
   *
   * @param rewrites the changes' new keys and bodies, each sequence at most once
   * @throws InvalidInputException when a sequence names no committed change, or comes twice
   */
  default void rewrite(List<Rewrite> rewrites) {
    for (Rewrite r : checkRewrites(rewrites)) {
      rewrite(r.sequence(), r.key(), r.body());
    }
  }

  /**
   * @param key a key
   * @return the committed change that claimed it, if any
   * @throws InvalidInputException when the key is empty, too long or not printable ASCII
   */
  Optional<Change> claimed(String key);

  /**
   * Reads committed changes in order. A reader that has read up to {@code sequence} and asks
   * again is never missing a change that committed in between: see the order readers can trust.
   *
   * @param sequence the last sequence read, 0 to read from the start
   * @param max the most changes to return, from 1 to {@value #MAX_BATCH}
   * @return the committed changes with a greater sequence, lowest first, at most {@code max}
   * @throws InvalidInputException when the sequence is negative or {@code max} is out of range
   */
  List<Change> after(long sequence, int max);

  /**
   * Asks to be woken when changes have been committed, so that a reader reads the log at once
   * instead of at its next poll. The listener is given the sequence of the last change committed
   * (a reader that has read that far need not read). A wake-up only: calls may come late, be
   * merged or missed, and a storage that cannot tell never calls, so readers must keep polling.
   * Listeners are called on a thread of the storage's and must return quickly (hand the work to
   * another thread); one that throws is logged by the storage, not unsubscribed.
   *
   * <p>The JPA storage calls when another node commits changes on PostgreSQL, once the host has
   * asked it to {@code listenForChanges}; elsewhere, and in the in-memory storage (whose platforms
   * share one process and catch up after their own writes), nobody calls. This default never
   * calls.
   *
   * @param listener what to call
   * @return the subscription, to close when no more calls are wanted
   * @throws InvalidInputException when the listener is null
   */
  default Subscription subscribe(LongConsumer listener) {
    Validation.required("listener", listener);
    return () -> { };
  }

  /** A {@linkplain #subscribe subscription} to the log's wake-ups; closing it stops the calls. */
  @FunctionalInterface
  interface Subscription extends AutoCloseable {

    /** Stops the calls; closing again does nothing. */
    @Override
    void close();
  }

  /**
   * @param rewrites rewrites of committed changes
   * @return them, once checked
   * @throws InvalidInputException when one is null, or a sequence comes twice
   */
  static List<Rewrite> checkRewrites(List<Rewrite> rewrites) {
    Validation.noNulls("rewrites", rewrites);
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (Rewrite r : rewrites) {
      if (!seen.add(r.sequence())) {
        throw new InvalidInputException("sequence", "comes twice: " + r.sequence());
      }
    }
    return rewrites;
  }

  /**
   * Checks a topic.
   *
   * @param topic the topic
   * @return the topic
   * @throws InvalidInputException when it is empty, too long or not printable ASCII
   */
  static String checkTopic(String topic) {
    return ascii("topic", topic, MAX_TOPIC_LENGTH);
  }

  /**
   * Checks a key.
   *
   * @param key the key
   * @return the key
   * @throws InvalidInputException when it is empty, too long or not printable ASCII
   */
  static String checkKey(String key) {
    return ascii("key", key, MAX_KEY_LENGTH);
  }

  /**
   * Checks a body.
   *
   * @param body the body
   * @return the body
   * @throws InvalidInputException when it is empty, too long or not printable ASCII
   */
  static String checkBody(String body) {
    return ascii("body", body, MAX_BODY_LENGTH);
  }

  /**
   * Checks the arguments of {@link #after}.
   *
   * @param sequence the last sequence read
   * @param max the most changes to return
   * @throws InvalidInputException when the sequence is negative or {@code max} is out of range
   */
  static void checkRead(long sequence, int max) {
    Validation.notNegative("sequence", sequence);
    Validation.between("max", max, 1, MAX_BATCH);
  }

  private static String ascii(String field, String value, int maxLength) {
    Validation.required(field, value);
    if (value.isEmpty() || value.length() > maxLength) {
      throw new InvalidInputException(field, "must have 1 to " + maxLength + " characters, had " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new InvalidInputException(field, "must be printable ASCII, had U+" + Integer.toHexString(c) + " at " + i);
      }
    }
    return value;
  }
}
