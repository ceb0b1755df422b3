package org.copkit.core.shared;

import org.copkit.api.feed.ActivityId;

/**
 * Withdraws activities from every feed, and puts them back, for the platform's own features, once
 * that feature's use case has authorized the change: a moderation decision, or the automatic
 * hiding of a post after members' flags. It asks no one's permission, so it is wiring between
 * features and never reaches hosts; they and vendors use {@code ActivityPublishing.retract} and
 * {@code reinstate}, which authorize their actor.
 */
public interface FeedRetraction {

  /**
   * @param activity the activity
   * @return true when it left the feeds now; false when it had been retracted before or was never
   *     published
   */
  boolean retract(ActivityId activity);

  /**
   * @param activity the activity
   * @return true when it came back now; false when it was not retracted or was never published
   */
  boolean reinstate(ActivityId activity);
}
