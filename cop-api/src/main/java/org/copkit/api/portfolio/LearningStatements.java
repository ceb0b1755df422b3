package org.copkit.api.portfolio;

import java.util.List;
import org.copkit.api.discussion.PostId;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;

/**
 * Inbound use case: a member's own learning activity as xAPI 1.0.3 statements, with ADL verb IRIs
 * ({@code completed}, {@code attended}, {@code commented}, {@code answered}, {@code shared}), the
 * member as an account of the issuer's home page, and stable statement IDs. A statement names what
 * was done (the unit, event, thread or item, with its title) and never carries what a member wrote.
 */
public interface LearningStatements {

  /**
   * @param actor the member
   * @param page which page of their completions, newest first
   * @return one {@code completed} statement per completion on the page, in communities they may still read
   * @throws org.copkit.api.shared.ConflictException RULE when the platform has no issuer
   */
  List<Statement> completions(MemberId actor, PageRequest page);

  /**
   * @param actor the member the organisers recorded PRESENT
   * @param event the event
   * @return the {@code attended} statement
   * @throws org.copkit.api.shared.NotFoundException when the actor was not recorded present or may not see it
   */
  Statement attendance(MemberId actor, CalendarEventId event);

  /**
   * A reply of the actor's: {@code answered} the question when the thread is a QUESTION, {@code
   * commented} on the thread otherwise; the object is the thread, the statement's ID that of the
   * reply, so every reply is one statement.
   *
   * @param actor the reply's author
   * @param post the reply (not a thread's opening post)
   * @return the statement
   * @throws org.copkit.api.shared.NotFoundException when the post is not a published reply of the
   *     actor's in a thread that is not removed, or is where the actor may no longer read it
   * @throws org.copkit.api.shared.ConflictException RULE when the platform has no issuer
   */
  Statement reply(MemberId actor, PostId post);

  /**
   * A knowledge item the actor wrote (a pill, a library document, an output) as {@code shared} with
   * their community.
   *
   * @param actor the item's creator
   * @param item the item
   * @return the statement, at the item's creation
   * @throws org.copkit.api.shared.NotFoundException when the actor did not create it or may no longer read it
   * @throws org.copkit.api.shared.ConflictException RULE when the platform has no issuer
   */
  Statement sharing(MemberId actor, KnowledgeItemId item);
}
