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
}
