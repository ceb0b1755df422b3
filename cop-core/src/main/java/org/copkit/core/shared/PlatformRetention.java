package org.copkit.core.shared;

import java.time.Instant;

/**
 * A kind of record the platform keeps for a while in the storage it shares with every node, beside
 * the storage's own kinds ({@code RetainedData}): given a retention period on the builder, the same
 * sweep ({@code Privacy.sweep}) forgets what is older. Wiring between features, never reaching
 * hosts.
 */
public interface PlatformRetention {

  /** @return the kind, lower case letters, digits and hyphens */
  String kind();

  /**
   * Forgets the records of this kind older than {@code before}, in units of work of its own.
   *
   * @param before records strictly older than this are forgotten
   * @param now when the sweep runs, as the host gave it
   * @return how many records this call forgot
   */
  long sweep(Instant before, Instant now);
}
