package org.copkit.core.shared;

import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.Interaction;
import org.copkit.api.shared.MemberId;

/**
 * Changes to the feed made by the platform's own features once their use case has authorized
 * them: a thread started or approved, a reply, a reaction, an answer accepted, a post hidden by a
 * moderator's decision or after members' flags. It asks no one's permission, so it is wiring between features and never
 * reaches hosts; they and vendors use {@code ActivityPublishing}, which authorizes its actor.
 */
public interface FeedChanges {

  /**
   * Publishes an activity, as {@code ActivityPublishing.publish} does but without asking whether
   * anyone may: a thread an administrator who is not a member posted reaches the feed too.
   * Publishing an ID again changes nothing.
   *
   * @param activity the activity
   * @return true when it was published now
   */
  boolean publish(Activity activity);

  /**
   * Records an interaction, as {@code ActivityPublishing.record} does but without asking whether
   * the actor may: a reply that an administrator who is not a member wrote counts too. An
   * interaction with an activity the feed does not hold (never published, or retracted) is not
   * counted.
   *
   * @param actor who interacted
   * @param interaction the activity and what they did
   * @return true when it was counted
   */
  boolean record(MemberId actor, Interaction interaction);

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
