package org.copkit.benchmarks.analytics;

import java.time.Instant;
import java.util.List;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Tier;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;

/**
 * Every row the straightforward alternative loads: all the community's memberships and all its
 * posts, each with its thread.
 *
 * @param members the memberships
 * @param posts the posts
 */
record LoadedRows(List<Member> members, List<PostInThread> posts) {

  /**
   * A membership.
   *
   * @param member the person
   * @param tier their tier
   * @param joinedAt when they joined
   */
  record Member(String member, Tier tier, Instant joinedAt) {}

  /**
   * A post with what its thread says about it.
   *
   * @param id the post
   * @param author who wrote it
   * @param createdAt when
   * @param state its state
   * @param nested whether it replies to a reply
   * @param thread its thread
   * @param kind the thread's kind
   * @param audience the thread's audience
   * @param threadAuthor who opened the thread
   * @param threadCreatedAt when
   * @param threadState the opening post's state
   * @param openingPost the thread's opening post
   * @param acceptedAnswer the thread's accepted answer, or null
   */
  record PostInThread(
      String id,
      String author,
      Instant createdAt,
      PostState state,
      boolean nested,
      String thread,
      ThreadKind kind,
      Audience audience,
      String threadAuthor,
      Instant threadCreatedAt,
      PostState threadState,
      String openingPost,
      String acceptedAnswer) {}
}
