package org.copkit.core.shared;

import org.copkit.api.storage.Change;

/**
 * An in-memory structure derived from one topic of the change log, besides the feed: the node's
 * change-log reader (the feed's catch-up) hands it every change of its topic, in the order of the
 * log, once. Wiring between features, never reaching hosts.
 */
public interface ChangeFollower {

  /** @return the topic it follows */
  String topic();

  /**
   * Applies one committed change of its topic. Called by one thread at a time, in log order.
   *
   * @param change the change
   */
  void apply(Change change);

  /**
   * Derives everything again after an erasure rewrote the log (its changes now name the
   * pseudonym): forgets what it holds, then runs {@code replay}, which hands it every change of
   * its topic from the start of the log up to the erasure, through {@link #apply}. Readers must
   * never see it half done (hold the lock readers take across both). A follower whose structures
   * hold no member's ID keeps this default, which does nothing.
   *
   * @param replay applies its topic's changes again, in order
   */
  default void rederive(Runnable replay) {}
}
