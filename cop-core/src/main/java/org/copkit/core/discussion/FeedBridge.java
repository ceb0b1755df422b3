package org.copkit.core.discussion;

import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.ActivityPublishing;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.Interaction;
import org.copkit.api.shared.MemberId;
import org.copkit.core.shared.UnitOfWork;

/**
 * Tells the feed what happened in discussions, once the change has committed: a published thread
 * becomes an activity (its ID is the thread's), replies and reactions to its opening post become
 * engagement, and an accepted answer becomes an activity of its own.
 */
final class FeedBridge {

  private final ActivityPublishing activities;

  FeedBridge(ActivityPublishing activities) {
    this.activities = activities;
  }

  void threadPublished(MemberId by, DiscussionThread thread) {
    Activity activity = new Activity(idOf(thread), thread.community(), thread.author(), kindOf(thread.kind()),
        thread.createdAt(), thread.replies(), 0, thread.tags(), componentOf(thread.kind()), thread.audience());
    UnitOfWork.afterCommit(() -> activities.publish(by, activity));
  }

  /** A top-level reply to a question answers it; a comment, or a reply elsewhere, replies. */
  void replied(MemberId replier, DiscussionThread thread, Post reply) {
    Interaction.Kind kind = thread.kind() == ThreadKind.QUESTION && reply.inReplyTo().isEmpty()
        ? Interaction.Kind.ANSWERED : Interaction.Kind.REPLIED;
    UnitOfWork.afterCommit(() -> activities.record(replier, new Interaction(idOf(thread), kind)));
  }

  void reacted(MemberId member, DiscussionThread thread, Post post) {
    if (post.id().equals(thread.openingPost())) {
      UnitOfWork.afterCommit(() -> activities.record(member, new Interaction(idOf(thread), Interaction.Kind.REACTED)));
    }
  }

  void answerAccepted(MemberId by, DiscussionThread thread, Post answer, java.time.Instant at) {
    Activity activity = new Activity(new ActivityId(answer.id().value()), thread.community(), answer.author(),
        ActivityKind.ACCEPTED_ANSWER, at, 0, 0, thread.tags(), CopComponent.KNOW_HOW, thread.audience());
    UnitOfWork.afterCommit(() -> activities.publish(by, activity));
  }

  private static ActivityId idOf(DiscussionThread thread) {
    return new ActivityId(thread.id().value());
  }

  private static ActivityKind kindOf(ThreadKind kind) {
    return switch (kind) {
      case DISCUSSION -> ActivityKind.DISCUSSION;
      case QUESTION -> ActivityKind.QUESTION;
      case ANNOUNCEMENT -> ActivityKind.ANNOUNCEMENT;
    };
  }

  /** Questions and discussions organise know-how; announcements bring news from outside (antenna). */
  private static CopComponent componentOf(ThreadKind kind) {
    return kind == ThreadKind.ANNOUNCEMENT ? CopComponent.ANTENNA : CopComponent.KNOW_HOW;
  }

}
