package org.copkit.jpa.discussion;

import java.util.List;
import java.util.Optional;
import org.copkit.api.discussion.DiscussionEvent;
import org.copkit.api.discussion.port.Posts;
import org.copkit.api.discussion.port.Reactions;
import org.copkit.api.discussion.port.Threads;
import org.copkit.api.shared.DomainEvent;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * <b>Wiring, not API:</b> builds the JPA implementations of the discussion ports for {@code
 * JpaStorage}. Hosts use {@code JpaStorage}; nothing here is meant for them.
 */
public final class DiscussionPorts {

  private DiscussionPorts() {}

  /** @return the entity classes of this feature, for the persistence unit */
  public static List<Class<?>> entityClasses() {
    return List.of(ThreadRow.class, PostRow.class, PostMentionRow.class, PostRevisionRow.class, ReactionRow.class);
  }

  /**
   * @param transactions the unit of work
   * @return threads
   */
  public static Threads threads(JpaTransactions transactions) {
    return new JpaThreads(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return posts, their mentions and their revisions
   */
  public static Posts posts(JpaTransactions transactions) {
    return new JpaPosts(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return reactions to posts
   */
  public static Reactions reactions(JpaTransactions transactions) {
    return new JpaReactions(transactions);
  }

  /**
   * A keyset scan of the posts, for the search sources.
   *
   * @param transactions the unit of work
   * @param after the last post of the previous batch, or empty
   * @param max how many at most
   * @return the posts with an ID after {@code after}, by ID
   */
  public static List<org.copkit.api.discussion.Post> postsAfter(JpaTransactions transactions,
      Optional<org.copkit.api.discussion.PostId> after, int max) {
    return new JpaPosts(transactions).after(after, max);
  }

  /**
   * @param transactions the unit of work
   * @param ids threads
   * @return the stored threads among them, for the search sources
   */
  public static List<org.copkit.api.discussion.DiscussionThread> threads(JpaTransactions transactions,
      java.util.Collection<org.copkit.api.discussion.ThreadId> ids) {
    return new JpaThreads(transactions).findAll(ids);
  }

  /**
   * The outbox scope of an event of this feature: the ID of its community.
   *
   * @param event any event
   * @return the community's ID as text for a {@link DiscussionEvent}, otherwise empty
   */
  public static Optional<String> scopeOf(DomainEvent event) {
    return event instanceof DiscussionEvent discussionEvent
        ? Optional.of(discussionEvent.community().toString())
        : Optional.empty();
  }
}
