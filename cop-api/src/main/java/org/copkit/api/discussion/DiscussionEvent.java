package org.copkit.api.discussion;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.MemberId;

/** The domain events of discussions. Sealed, so a listener can switch over all of them. */
public sealed interface DiscussionEvent extends DomainEvent {

  /** @return the community it happened in */
  CommunityId community();

  /**
   * A thread was opened (its opening post may still be held).
   *
   * @param community the community
   * @param thread the thread
   * @param kind its kind
   * @param actor who opened it
   * @param occurredAt when
   */
  record ThreadCreated(CommunityId community, ThreadId thread, ThreadKind kind, Optional<MemberId> actor,
      Instant occurredAt) implements DiscussionEvent {}

  /**
   * A post became visible to every reader: at once, or when a moderator approved it.
   *
   * @param community the community
   * @param thread its thread
   * @param post the post
   * @param author who wrote it
   * @param mentions the members it mentions
   * @param actor who published it (the author, or the approving moderator)
   * @param occurredAt when
   */
  record PostPublished(CommunityId community, ThreadId thread, PostId post, MemberId author, Set<MemberId> mentions,
      Optional<MemberId> actor, Instant occurredAt) implements DiscussionEvent {}

  /**
   * A post's text changed.
   *
   * @param community the community
   * @param post the post
   * @param revision its new revision
   * @param actor who edited it
   * @param occurredAt when
   */
  record PostEdited(CommunityId community, PostId post, int revision, Optional<MemberId> actor, Instant occurredAt)
      implements DiscussionEvent {}

  /**
   * A question's answer was accepted (or changed).
   *
   * @param community the community
   * @param thread the question
   * @param answer the accepted answer
   * @param answerer who wrote it
   * @param actor who accepted it
   * @param occurredAt when
   */
  record AnswerAccepted(CommunityId community, ThreadId thread, PostId answer, MemberId answerer,
      Optional<MemberId> actor, Instant occurredAt) implements DiscussionEvent {}

  /**
   * A member reacted to a post.
   *
   * @param community the community
   * @param post the post
   * @param reaction the reaction
   * @param actor who reacted
   * @param occurredAt when
   */
  record ReactionAdded(CommunityId community, PostId post, Reaction reaction, Optional<MemberId> actor,
      Instant occurredAt) implements DiscussionEvent {}

  /**
   * A thread was pinned, unpinned, locked, closed or reopened, or the competences it is about
   * changed.
   *
   * @param community the community
   * @param thread the thread
   * @param status its status now
   * @param pinned whether it is pinned now
   * @param actor who changed it
   * @param occurredAt when
   */
  record ThreadChanged(CommunityId community, ThreadId thread, ThreadStatus status, boolean pinned,
      Optional<MemberId> actor, Instant occurredAt) implements DiscussionEvent {}

  /**
   * A thread moved to another community.
   *
   * @param community the community it moved to
   * @param from the community it left
   * @param thread the thread
   * @param actor the administrator who moved it
   * @param occurredAt when
   */
  record ThreadMoved(CommunityId community, CommunityId from, ThreadId thread, Optional<MemberId> actor,
      Instant occurredAt) implements DiscussionEvent {}
}
