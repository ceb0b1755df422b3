package org.copkit.core.discussion;

import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.ActivityPublishing;
import org.copkit.api.feed.Interaction;
import org.copkit.api.shared.MemberId;
import org.copkit.core.analytics.ActivityClassifiers;
import org.copkit.core.shared.EvidenceChanges;
import org.copkit.core.shared.FeedChanges;

/**
 * Tells the feed what happened in discussions, in the unit of work of the change (the feed appends
 * it to the change log there, and applies it once the unit has committed): a published thread
 * becomes an activity (its ID is the thread's), replies and reactions to its opening post become
 * engagement, and an accepted answer becomes an activity of its own. Each activity's CoP component
 * is the one stored with its post (the opening post; the answer), which the platform's {@link
 * ActivityClassifiers} gave it when it was written: the same the participation reports count it in.
 * When moderation hides an
 * opening post or an accepted answer, its activity is retracted; when an e-moderator approves it,
 * the activity is reinstated. The discussion and moderation use cases have authorized all of these,
 * so they go through the feed's internal {@link FeedChanges} rather than the public {@link
 * ActivityPublishing}: a thread reaches the feed whoever approved it, and also when its author is
 * an administrator who is not a member, whose replies count as engagement too.
 */
final class FeedBridge {

  private final FeedChanges changes;
  private final EvidenceChanges evidence;

  FeedBridge(FeedChanges changes) {
    this(changes, EvidenceChanges.NONE);
  }

  /**
   * @param changes the feed's changes
   * @param evidence where evidence of expertise goes: questions, answers, accepted answers, and
   *     answers that moderation hides
   */
  FeedBridge(FeedChanges changes, EvidenceChanges evidence) {
    this.changes = changes;
    this.evidence = evidence;
  }

  /**
   * A thread's opening post is published: first published, or approved after moderation hid it.
   *
   * @param thread the thread
   * @param opening its opening post, with the component it was classified in
   */
  void threadPublished(DiscussionThread thread, Post opening) {
    Activity activity = new Activity(idOf(thread), thread.community(), thread.author(), kindOf(thread.kind()),
        thread.createdAt(), thread.replies(), 0, thread.tags(), opening.component(), thread.audience());
    changes.reinstate(activity.id());
    changes.publish(activity);
    evidence.asked(thread);
  }

  /** A top-level reply to a question answers it; a comment, or a reply elsewhere, replies. */
  void replied(MemberId replier, DiscussionThread thread, Post reply) {
    Interaction.Kind kind = thread.kind() == ThreadKind.QUESTION && reply.inReplyTo().isEmpty()
        ? Interaction.Kind.ANSWERED : Interaction.Kind.REPLIED;
    changes.record(replier, new Interaction(idOf(thread), kind));
    if (kind == Interaction.Kind.ANSWERED) {
      evidence.answered(thread, reply);
    }
  }

  void reacted(MemberId member, DiscussionThread thread, Post post) {
    if (post.id().equals(thread.openingPost())) {
      changes.record(member, new Interaction(idOf(thread), Interaction.Kind.REACTED));
    }
  }

  /** A HELPFUL mark by someone other than its author on an answer to a question is evidence. */
  void helpful(MemberId member, DiscussionThread thread, Post post, boolean added) {
    if (thread.kind() == ThreadKind.QUESTION && !post.id().equals(thread.openingPost()) && post.inReplyTo().isEmpty()
        && !member.equals(post.author())) {
      evidence.helpful(thread, post, added);
    }
  }

  void answerAccepted(DiscussionThread thread, Post answer, java.time.Instant at) {
    Activity activity = new Activity(new ActivityId(answer.id().value()), thread.community(), answer.author(),
        ActivityKind.ACCEPTED_ANSWER, at, 0, 0, thread.tags(), answer.component(), thread.audience());
    changes.reinstate(activity.id());
    changes.publish(activity);
    evidence.accepted(thread, answer);
  }

  /**
   * Retracts what a post showed in the feed, now that moderation has hidden it: the thread, for
   * its opening post; the accepted answer, for the accepted answer.
   *
   * The moderation use case that hid it has authorized the change (an e-moderator's decision, or
   * members' flags past the community's threshold), so the retraction asks no one's permission.
   *
   * @param thread its thread
   * @param post the post, as it was before it was hidden (nothing is retracted if it was not published)
   */
  void hidden(DiscussionThread thread, Post post) {
    if (!post.isPublished()) {
      return;
    }
    evidence.withdrawn(thread, post);
    if (post.id().equals(thread.openingPost())) {
      changes.retract(idOf(thread));
    } else if (thread.acceptedAnswer().filter(post.id()::equals).isPresent()) {
      changes.retract(new ActivityId(post.id().value()));
    }
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

}
