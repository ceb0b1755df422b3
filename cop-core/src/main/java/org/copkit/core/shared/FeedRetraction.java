package org.copkit.core.shared;

import org.copkit.api.feed.ActivityId;

/**
 * Withdraws an activity from every feed for one of the platform's own features, once that
 * feature's use case has authorized the change that hides it: a moderation decision, or the
 * automatic hiding of a post after members' flags. It asks no one's permission, so it is wiring
 * between features and never reaches hosts; they and vendors use {@code
 * ActivityPublishing.retract}, which authorizes its actor.
 */
@FunctionalInterface
public interface FeedRetraction {

  /**
   * @param activity the activity
   * @return true when it left the feeds now; false when it had been retracted before or was never
   *     published
   */
  boolean retract(ActivityId activity);
}
