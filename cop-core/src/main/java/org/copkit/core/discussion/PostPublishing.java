package org.copkit.core.discussion;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.discussion.DiscussionEvent;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostRevision;
import org.copkit.api.discussion.PostState;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.core.community.Standing;
import org.copkit.core.moderation.PostActions;
import org.copkit.core.shared.Rendered;

/**
 * What publishing, hiding and editing a post entail: the thread's state, reply count and last
 * activity, the community's activity, revisions, events and mention notifications. Used by the
 * discussion use cases and, through {@link PostActions}, by moderation.
 */
final class PostPublishing implements PostActions {

  private final DiscussionWork work;

  PostPublishing(DiscussionWork work) {
    this.work = work;
  }

  @Override
  public Post publish(Standing moderator, Post post) {
    Post published = work.storage.posts().update(post.withState(PostState.PUBLISHED, ""));
    work.search.post(post.id());
    published(moderator, threadOf(post), published);
    return published;
  }

  /**
   * Carries out what a newly visible post entails; the post is stored PUBLISHED already.
   *
   * @return the thread after it
   */
  DiscussionThread published(Standing by, DiscussionThread thread, Post post) {
    boolean opening = post.id().equals(thread.openingPost());
    DiscussionThread updated = thread;
    if (!opening) {
      updated = work.storage.threads().update(thread.withReplyAt(work.now()));
      work.feed.replied(post.author(), thread, post);
      if (thread.acceptedAnswer().filter(post.id()::equals).isPresent()) {
        work.feed.answerAccepted(thread, post, post.createdAt());
      }
    } else {
      if (thread.state() != PostState.PUBLISHED) {
        updated = work.storage.threads().update(thread.withState(PostState.PUBLISHED));
      }
      work.feed.threadPublished(updated, post);
    }
    work.communities.noteActivity(by);
    work.publish(new DiscussionEvent.PostPublished(post.community(), post.thread(), post.id(), post.author(),
        post.mentions(), Optional.of(by.actor().id()), work.now()));
    work.notifyMentions(post, post.mentions(), thread.title());
    return updated;
  }

  @Override
  public Post hide(Standing moderator, Post post, String statementOfReasons) {
    Post hidden = work.storage.posts().update(post.withState(PostState.HIDDEN, statementOfReasons));
    work.search.post(post.id());
    withdraw(threadOf(post), post, PostState.HIDDEN);
    return hidden;
  }

  /** What a post leaving its readers entails: the feed, and the thread's state or reply count. */
  private void withdraw(DiscussionThread thread, Post post, PostState state) {
    work.feed.hidden(thread, post);
    if (post.id().equals(thread.openingPost())) {
      work.storage.threads().update(thread.withState(state));
    } else if (post.isPublished()) {
      work.storage.threads().update(thread.withReplyWithdrawn());
    }
  }

  /**
   * Takes a post back from its readers until an e-moderator decides, as when a rule holds its
   * author's edit: it becomes HELD, and leaves the thread's count and the feed if it was published.
   *
   * @return the held post
   */
  Post withhold(Post post) {
    if (post.state() == PostState.HELD) {
      return post;
    }
    Post held = work.storage.posts().update(post.withState(PostState.HELD, ""));
    work.search.post(post.id());
    withdraw(threadOf(post), post, PostState.HELD);
    return held;
  }

  @Override
  public Post editAndPublish(Standing moderator, Post post, String body, String statementOfReasons) {
    // edit tells search, which reads the post as this unit of work leaves it: published
    Post edited = edit(moderator.actor().id(), post, body, work.renderer.render(body), statementOfReasons);
    Post published = work.storage.posts().update(edited.withState(PostState.PUBLISHED, statementOfReasons));
    if (!post.isPublished()) {
      published(moderator, threadOf(post), published);
    }
    return published;
  }

  /**
   * Stores a post's next revision (rendered, with its mentions resolved) and keeps the text.
   *
   * @return the stored post; it keeps its state
   */
  Post edit(MemberId editor, Post post, String body, Rendered rendered, String reason) {
    Set<MemberId> mentions = work.mentions(rendered.mentions());
    Instant now = work.now();
    Post edited = work.storage.posts().update(post.edited(body, rendered.html(), mentions, now));
    work.search.post(post.id());
    work.storage.posts().addRevision(new PostRevision(post.id(), edited.revision(), body, editor, now, reason));
    work.publish(new DiscussionEvent.PostEdited(post.community(), post.id(), edited.revision(), Optional.of(editor), now));
    if (edited.isPublished()) {
      Set<MemberId> newlyMentioned = new java.util.LinkedHashSet<>(mentions);
      newlyMentioned.removeAll(post.mentions());
      work.notifyMentions(edited, newlyMentioned, threadOf(post).title());
    }
    return edited;
  }

  private DiscussionThread threadOf(Post post) {
    return work.storage.threads().find(post.thread())
        .orElseThrow(() -> new NotFoundException("thread", post.thread().toString()));
  }
}
