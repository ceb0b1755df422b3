package org.copkit.api.feed;

import org.copkit.api.shared.MemberId;

/**
 * Use case: the one port through which other capabilities (discussions, knowledge, learning,
 * membership) feed the ranked feed as things happen. Every change is visible to the next {@link
 * Feed#feed} call; nothing is recomputed in batches.
 *
 * <p>Every method takes the acting person first; the core authorizes them, deny by default. An
 * activity the actor may not see is reported as not found, so its existence does not leak.
 */
public interface ActivityPublishing {

  /**
   * Publishes an activity. The actor must be a CORE or PARTICIPANT member of its community (CORE
   * for a CORE audience); the author must be a member. The author's role in the community at this
   * moment (e-moderator, expert) counts in the ranking. Nothing can be published in an ARCHIVED
   * community.
   *
   * <p>Publishing again under a published ID changes nothing, also when that activity was
   * {@linkplain #retract retracted}: only {@link #reinstate} puts it back. The answer is {@link
   * Publication.AlreadyPublished} for whoever may know that the activity under that ID exists:
   * its author, an e-moderator of its community, or a member who may read it now. Anyone else (the
   * ID is used in a community they may not see, for the working group they are not in, or by an
   * activity retracted since) is answered {@link Publication.Published}, exactly as for an ID never
   * used, and nothing is stored: an ID is the capability's own UUID for its own object, so only a
   * caller probing for other people's IDs meets this, and learns nothing from it.
   *
   * @param actor who publishes, usually the author
   * @param activity the activity
   * @return published, or already published under that ID
   * @throws org.copkit.api.shared.NotFoundException when the community does not exist for the actor
   * @throws org.copkit.api.shared.AccessDeniedException when the actor may not write there
   * @throws org.copkit.api.shared.ConflictException RULE when the community is ARCHIVED
   */
  Publication publish(MemberId actor, Activity activity);

  /**
   * Withdraws a published activity from every feed, as when moderation hides the thread or post it
   * shows. From the next call on, no feed ranks it, no one may explain it or record an interaction
   * with it, and everyone is told it does not exist, until it is {@linkplain #reinstate
   * reinstated}. Retracting twice changes nothing.
   *
   * <p>The actor must be the activity's author, an e-moderator of its community, or a platform
   * administrator; retracting is allowed in an ARCHIVED community, where nothing else changes.
   *
   * @param actor who retracts
   * @param activity the activity
   * @return true when it left the feeds now, false when it had been retracted before
   * @throws org.copkit.api.shared.NotFoundException when it was never published, or the actor may
   *     not see it
   * @throws org.copkit.api.shared.AccessDeniedException when the actor may see it but not retract it
   */
  boolean retract(MemberId actor, ActivityId activity);

  /**
   * Puts a retracted activity back in the feeds, as it was (its time and engagement), as when an
   * e-moderator approves the post that was hidden. Reinstating an activity that is in the feeds
   * changes nothing.
   *
   * <p>Putting back is a moderation act: the actor must be an e-moderator of the activity's
   * community or a platform administrator, not its author. Allowed in an ARCHIVED community, as
   * retracting is.
   *
   * @param actor who reinstates
   * @param activity the activity
   * @return true when it came back now, false when it was in the feeds already
   * @throws org.copkit.api.shared.NotFoundException when it was never published, or the actor may
   *     not see it
   * @throws org.copkit.api.shared.AccessDeniedException when the actor may see it but not reinstate it
   */
  boolean reinstate(MemberId actor, ActivityId activity);

  /**
   * Records what the actor did with an activity. Anyone who may see it may record {@link
   * Interaction.Kind#SEEN}; reacting, replying and answering need a CORE or PARTICIPANT member of
   * a community that is not ARCHIVED. Engagement counts never lose an update under concurrency.
   *
   * @param actor who interacted
   * @param interaction the activity and what they did
   * @throws org.copkit.api.shared.NotFoundException when the actor may not see the activity
   * @throws org.copkit.api.shared.AccessDeniedException when an OBSERVER reacts, replies or answers
   * @throws org.copkit.api.shared.InvalidInputException when an answer is to something other than a
   *     question
   * @throws org.copkit.api.shared.ConflictException RULE when the community is ARCHIVED
   */
  void record(MemberId actor, Interaction interaction);

  /**
   * Replaces the actor's declared interests (the competence and learning capabilities call this
   * as they change).
   *
   * @param actor whose interests
   * @param interests the competences and learning goals, as tags
   */
  void declareInterests(MemberId actor, Interests interests);
}
