package org.copkit.api.discussion;

import java.util.List;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Use case: reading discussions. A reader sees the threads of communities they may read (OPEN
 * communities: anyone; CLOSED and SECRET: members), CORE-audience threads only in the CORE tier,
 * and held or hidden posts only when they wrote them or moderate the community.
 */
public interface DiscussionQueries {

  /**
   * A community's threads, pinned first.
   *
   * @param actor who reads
   * @param search the community, the order and the page
   * @return the page
   */
  Page<DiscussionThread> threads(MemberId actor, ThreadSearch search);

  /**
   * One thread with a page of its posts.
   *
   * @param actor who reads
   * @param thread the thread
   * @param page which page of posts
   * @return the thread and the page
   */
  ThreadView thread(MemberId actor, ThreadId thread, PageRequest page);

  /**
   * A member's posts, newest first, in the communities the reader may read.
   *
   * @param actor who reads
   * @param author whose posts
   * @param page which page
   * @return the page
   */
  Page<Post> postsBy(MemberId actor, MemberId author, PageRequest page);

  /**
   * Every text a post had, oldest first. Whoever may see the post may read its history.
   *
   * @param actor who reads
   * @param post the post
   * @return the revisions
   */
  List<PostRevision> revisions(MemberId actor, PostId post);
}
