package org.copkit.api.feed;

/**
 * What came of publishing an activity. Publishing is idempotent, so a capability may publish again
 * after a failure (or from an outbox that delivers at least once).
 */
public sealed interface Publication {

  /** @return the activity's ID */
  ActivityId activity();

  /**
   * The activity is in the index now; the next feed call may show it.
   *
   * @param activity its ID
   */
  record Published(ActivityId activity) implements Publication {}

  /**
   * An activity with this ID was published before; nothing changed.
   *
   * @param activity its ID
   */
  record AlreadyPublished(ActivityId activity) implements Publication {}
}
