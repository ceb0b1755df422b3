package org.copkit.api.discussion.port;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Which posts of a thread {@link Posts#inThread(ThreadPosts, org.copkit.api.shared.PageRequest)}
 * lists: those in some states, and, for a reader who sees their own posts whatever their state,
 * every post of that reader too.
 *
 * <pre>{@code
 * posts.inThread(ThreadPosts.every(thread), page);                                   // moderators
 * posts.inThread(ThreadPosts.published(thread).orAuthoredBy(reader), page);          // members
 * }</pre>
 *
 * @param thread the thread
 * @param states posts in these states...
 * @param orAuthoredBy ...or, when present, written by this person, whatever their state
 */
public record ThreadPosts(ThreadId thread, Set<PostState> states, Optional<MemberId> orAuthoredBy) {

  /** Validates and copies the fields. */
  public ThreadPosts {
    Validation.required("thread", thread);
    states = Set.copyOf(Validation.noNulls("states", states));
    Validation.required("orAuthoredBy", orAuthoredBy);
  }

  /**
   * @param thread the thread
   * @param states the states listed
   * @return the thread's posts in those states
   */
  public static ThreadPosts inStates(ThreadId thread, Set<PostState> states) {
    return new ThreadPosts(thread, states, Optional.empty());
  }

  /**
   * @param thread the thread
   * @return the thread's published posts
   */
  public static ThreadPosts published(ThreadId thread) {
    return inStates(thread, EnumSet.of(PostState.PUBLISHED));
  }

  /**
   * @param thread the thread
   * @return every post of the thread, whatever its state
   */
  public static ThreadPosts every(ThreadId thread) {
    return inStates(thread, EnumSet.allOf(PostState.class));
  }

  /**
   * @param author a reader who sees their own posts whatever their state
   * @return a copy that also lists every post of that person
   */
  public ThreadPosts orAuthoredBy(MemberId author) {
    return new ThreadPosts(thread, states, Optional.of(Validation.required("author", author)));
  }
}
