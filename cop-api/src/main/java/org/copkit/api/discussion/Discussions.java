package org.copkit.api.discussion;

import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.shared.MemberId;

/**
 * Use case: talking in a community. Who may write follows the community's visibility, the member's
 * tier and the community's stage: OBSERVERs read only, an ARCHIVED community is read-only, a muted
 * member cannot post, and a SECRET community stays invisible to outsiders. New posts pass the
 * community's moderation rules and rate limits first.
 *
 * <p>Every method takes the acting person first; the core authorizes them, deny by default.
 */
public interface Discussions {

  /**
   * Opens a thread. Announcements are for e-moderators; a CORE audience for CORE members.
   *
   * @param actor who opens it
   * @param command where, what and the opening post
   * @return published, held for review, or rejected by a rule
   * @throws org.copkit.api.shared.RateLimitedException when the actor opened too many threads lately
   */
  PostOutcome start(MemberId actor, StartThread command);

  /**
   * Says which competences a thread is about: its author, or an e-moderator of its community. An
   * answer accepted in it is evidence of them in its author's e-portfolio.
   *
   * @param actor who changes them
   * @param thread the thread
   * @param competences all the competences it is about from now on, possibly none
   * @return the thread
   * @throws org.copkit.api.shared.InvalidInputException naming {@code competences} when one is of
   *     no framework the platform knows, or there are too many
   * @throws org.copkit.api.shared.AccessDeniedException when the actor is neither its author nor an
   *     e-moderator
   */
  DiscussionThread changeCompetences(MemberId actor, ThreadId thread, Set<CompetenceRef> competences);

  /**
   * Replies in a thread that takes replies (not locked or closed).
   *
   * @param actor who replies
   * @param command the thread, the post answered and the text
   * @return published, held for review, or rejected by a rule
   * @throws org.copkit.api.shared.RateLimitedException when the actor replied too often lately
   */
  PostOutcome reply(MemberId actor, Reply command);

  /**
   * Edits a post: its author, or an e-moderator of its community. The previous text is kept.
   *
   * <p>An author's new text passes the community's moderation rules, as a new post does (the title
   * with a thread's opening post): a rule that rejects it changes nothing; a rule that holds it
   * takes the post back from its readers (HELD) and queues it for the e-moderators, who publish it
   * again or not. E-moderators' and administrators' edits are not screened.
   *
   * @param actor who edits
   * @param command the post, the version read and the new text
   * @return the edited post: HELD when a rule held the new text
   * @throws org.copkit.api.shared.InvalidInputException naming {@code body} when a moderation rule
   *     rejects the new text, with the rule and its reason
   */
  Post edit(MemberId actor, EditPost command);

  /**
   * Adds a reaction to a published post; one of each kind per member and post. Reacting twice the
   * same way changes nothing.
   *
   * @param actor who reacts
   * @param post the post
   * @param reaction like, helpful or thanks
   */
  void react(MemberId actor, PostId post, Reaction reaction);

  /**
   * Takes a reaction back; nothing happens when there was none.
   *
   * @param actor who reacted
   * @param post the post
   * @param reaction the reaction
   */
  void unreact(MemberId actor, PostId post, Reaction reaction);

  /**
   * Accepts a top-level reply as the answer to a question: the asker or an e-moderator. Accepting
   * another reply later changes the answer.
   *
   * @param actor who accepts
   * @param thread the question
   * @param answer a published top-level reply in it
   * @return the thread with its accepted answer
   */
  DiscussionThread acceptAnswer(MemberId actor, ThreadId thread, PostId answer);

  /**
   * Pins a thread on top of its community's list, or unpins it. E-moderators only.
   *
   * @param actor who pins
   * @param thread the thread
   * @param pinned pin or unpin
   * @return the thread
   */
  DiscussionThread pin(MemberId actor, ThreadId thread, boolean pinned);

  /**
   * Changes whether a thread takes replies: locks, closes (each with a reason shown to members) or
   * reopens it. E-moderators only.
   *
   * @param actor who changes it
   * @param thread the thread
   * @param status open, locked or closed
   * @return the thread
   */
  DiscussionThread changeStatus(MemberId actor, ThreadId thread, ThreadStatusChange status);

  /**
   * Moves a thread and its posts to another community. Platform administrators only.
   *
   * @param actor the administrator
   * @param thread the thread
   * @param target the community it moves to
   * @param reason why, kept in both communities' audit trails
   * @return the thread in its new community
   */
  DiscussionThread move(MemberId actor, ThreadId thread, CommunityId target, String reason);
}
