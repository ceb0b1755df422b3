package org.copkit.api.discussion.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostRevision;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Outbound port: posts and their revisions. Contract: {@code org.copkit.tck.discussion.PostsContract}.
 */
public interface Posts {

  /**
   * Stores a new post.
   *
   * @param post the post
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the ID is taken
   */
  void add(Post post);

  /**
   * Replaces a post if the stored version equals {@code post.version()}.
   *
   * @param post the changed post
   * @return the stored post, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the stored version differs
   * @throws org.copkit.api.shared.NotFoundException when there is no such post
   */
  Post update(Post post);

  /**
   * @param id the ID
   * @return the post, if stored
   */
  Optional<Post> find(PostId id);

  /**
   * A thread's posts in the order written (ties broken by ID).
   *
   * @param query the thread, the states listed, and whose posts are listed whatever their state
   * @param page which page
   * @return the page
   */
  Page<Post> inThread(ThreadPosts query, PageRequest page);

  /**
   * A person's posts in some communities, newest first (ties broken by ID).
   *
   * @param author the person
   * @param communities only posts in these communities
   * @param audiences only posts in threads for these audiences
   * @param states only posts in these states
   * @param page which page
   * @return the page
   */
  Page<Post> byAuthor(
      MemberId author, Set<CommunityId> communities, Set<Audience> audiences, Set<PostState> states, PageRequest page);

  /**
   * @param author the person
   * @return the communities the person has posts in
   */
  Set<CommunityId> communitiesOf(MemberId author);

  /**
   * Counts a person's posts in a community.
   *
   * @param query whose posts, where, in which states, which of them and since when
   * @return the count
   */
  long count(PostCount query);

  /**
   * The bodies of a person's latest posts in a community, in every state, newest first (ties
   * broken by ID).
   *
   * @param community the community
   * @param author the person
   * @param since only posts written at or after this time
   * @param limit at most this many, 1 or more
   * @return the Markdown bodies
   */
  List<String> recentBodies(CommunityId community, MemberId author, Instant since, int limit);

  /**
   * Moves every post of a thread to another community, raising each post's version (a copy read
   * before the move is stale).
   *
   * @param thread the thread
   * @param target the community
   */
  void moveThread(ThreadId thread, CommunityId target);

  /**
   * Keeps one text of a post.
   *
   * @param revision the revision
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when that revision is already kept
   */
  void addRevision(PostRevision revision);

  /**
   * @param post the post
   * @return its revisions, oldest first
   */
  List<PostRevision> revisions(PostId post);
}
