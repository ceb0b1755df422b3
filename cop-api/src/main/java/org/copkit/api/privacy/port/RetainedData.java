package org.copkit.api.privacy.port;

import java.time.Instant;

/**
 * One kind of record the storage keeps only for a while, once the host has given it a retention
 * period ({@code CopPlatform.Builder.retention}): the platform's sweep deletes, in batches, the
 * records of that kind older than the period.
 *
 * <p>A kind whose records something else is derived from, or counted in, must not be listed:
 * only what nothing reads once it is old enough (an audit entry, an outbox message a relay
 * published). Deleting must be safe with other nodes sweeping the same kind at once: each record
 * is deleted once, by one of them, and counted by that one.
 */
public interface RetainedData {

  /** @return the kind, lower case letters, digits and hyphens, unique on a storage */
  String kind();

  /**
   * Deletes, in the current unit of work, at most {@code max} records of this kind older than
   * {@code before}, oldest first.
   *
   * @param before records strictly older than this go
   * @param max the most to delete, at least 1
   * @return how many this call deleted (fewer than {@code max} when no more are old enough, or
   *     another node deleted them first)
   */
  long sweep(Instant before, int max);
}
