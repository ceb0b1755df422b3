package org.copkit.core.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.copkit.api.community.Audience;
import org.copkit.api.discussion.DiscussionEvent;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.api.notification.Notification;
import org.copkit.api.notification.Notifications;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.core.analytics.ActivityClassifiers;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.competence.Frameworks;
import org.copkit.core.shared.MarkdownRenderer;
import org.copkit.core.shared.UnitOfWork;

/** What the discussion use cases share: ports, rendering, and who may see which thread and post. */
final class DiscussionWork {

  final DiscussionStorage storage;
  final CommunityGate communities;
  final MarkdownRenderer renderer;
  final FeedBridge feed;
  final ActivityClassifiers components;
  final org.copkit.core.shared.SearchChanges search;
  final Frameworks frameworks;
  private final EventPublisher events;
  private final Notifications notifications;
  private final Clock clock;
  private final UnitOfWork unitOfWork;

  DiscussionWork(DiscussionStorage storage, CommunityGate communities, MarkdownRenderer renderer, EventPublisher events,
      Notifications notifications, Clock clock, FeedBridge feed, ActivityClassifiers components,
      org.copkit.core.shared.SearchChanges search, Frameworks frameworks) {
    this.storage = storage;
    this.frameworks = frameworks;
    this.components = components;
    this.communities = communities;
    this.renderer = renderer;
    this.feed = feed;
    this.search = search;
    this.events = events;
    this.notifications = notifications;
    this.clock = clock;
    this.unitOfWork = new UnitOfWork(storage.transactions());
  }

  <T> T command(Supplier<T> work) {
    return unitOfWork.run(work);
  }

  <T> T query(Supplier<T> work) {
    return unitOfWork.read(work);
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * A thread and the reader's standing in its community. A thread they may not see (in a community
   * hidden from them, for an audience they are not in, or held) is missing, exactly as an ID never
   * used: the actor is resolved first, and the error names the thread only.
   */
  Reading thread(MemberId actorId, ThreadId id) {
    Validation.required("thread", id);
    Actor actor = communities.actor(actorId);
    return thread(actor, id, () -> new NotFoundException("thread", id.toString()));
  }

  private Reading thread(Actor actor, ThreadId id, Supplier<NotFoundException> missing) {
    DiscussionThread thread = storage.threads().find(id).orElseThrow(missing);
    NotFoundException hidden = missing.get();
    Standing standing = communities.standingAt(actor, thread.community(), hidden.kind(), hidden.id());
    if (!sees(standing, thread)) {
      throw hidden;
    }
    return new Reading(standing, thread);
  }

  /** A post, its thread and the reader's standing; a post they may not see is missing, as {@link #thread} says. */
  PostReading post(MemberId actorId, PostId id) {
    Validation.required("post", id);
    Actor actor = communities.actor(actorId);
    Supplier<NotFoundException> missing = () -> new NotFoundException("post", id.toString());
    Post post = storage.posts().find(id).orElseThrow(missing);
    Reading reading = thread(actor, post.thread(), missing);
    if (!sees(reading.standing(), post)) {
      throw missing.get();
    }
    return new PostReading(reading.standing(), reading.thread(), post);
  }

  static boolean sees(Standing standing, DiscussionThread thread) {
    return standing.sees(thread.audience())
        && (thread.state() == PostState.PUBLISHED || thread.author().equals(standing.actor().id()) || standing.canModerate());
  }

  static boolean sees(Standing standing, Post post) {
    return post.isPublished() || post.author().equals(standing.actor().id()) || standing.canModerate();
  }

  /** The audiences whose threads the reader may see in the standing's community. */
  static Set<Audience> audiences(Standing standing) {
    return standing.sees(Audience.CORE) ? EnumSet.allOf(Audience.class) : EnumSet.of(Audience.COMMUNITY);
  }

  /** The post states the reader sees in everyone's posts: all for moderators, else published only. */
  static Set<PostState> states(Standing standing) {
    return standing.canModerate() ? EnumSet.allOf(PostState.class) : EnumSet.of(PostState.PUBLISHED);
  }

  /** The mentioned handles that name active people in the directory. */
  Set<MemberId> mentions(Set<String> handles) {
    Set<MemberId> mentioned = new LinkedHashSet<>();
    for (String handle : handles) {
      try {
        communities.findActivePerson(MemberId.of(handle)).ifPresent(person -> mentioned.add(person.id()));
      } catch (InvalidInputException notAnId) {
        // a handle that cannot be a member ID mentions nobody
      }
    }
    return mentioned;
  }

  /**
   * Tells the mentioned people that a published post names them: only those who may read it
   * (members of its community who see its thread's audience), never its author. The notification
   * carries the thread's title and the post's text, so nobody else is told anything at all. The
   * notifications port passes each person's attention: told at once, or held for their digest.
   */
  void notifyMentions(Post post, Set<MemberId> mentioned, String title) {
    for (MemberId person : mentioned) {
      if (!person.equals(post.author()) && communities.mayRead(person, post.community(), post.audience())) {
        notifications.send(new Notification(person, Notification.Topic.MENTION,
            post.author() + " mentioned you in «" + title + "»", post.body(), "post:" + post.id(), now()));
      }
    }
  }

  void publish(DiscussionEvent event) {
    events.publish(event);
  }

  /** A thread as one reader may see it. */
  record Reading(Standing standing, DiscussionThread thread) {}

  /** A post as one reader may see it. */
  record PostReading(Standing standing, DiscussionThread thread, Post post) {}

}
