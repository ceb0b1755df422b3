package org.copkit.api.discussion.port;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Which of a person's posts in a community {@link Posts#count(PostCount)} counts.
 *
 * <pre>{@code
 * posts.count(PostCount.published(community, author));             // ever published
 * posts.count(PostCount.repliesSince(community, author, joinedAt)); // replies in any state, lately
 * posts.count(PostCount.of(community, author).inStates(EnumSet.of(PostState.HELD)).from(dayAgo));
 * }</pre>
 *
 * @param community the community
 * @param author the person
 * @param states only posts in these states (an empty set counts nothing)
 * @param which every post, or only replies: posts that are not their thread's {@code openingPost}
 * @param since only posts written at or after this time; empty for every post ever written
 */
public record PostCount(
    CommunityId community, MemberId author, Set<PostState> states, Which which, Optional<Instant> since) {

  /** Which posts count. */
  public enum Which {
    /** Every post: opening posts and replies. */
    POSTS,
    /** Only replies: posts that did not open their thread. */
    REPLIES
  }

  /** Validates and copies the fields. */
  public PostCount {
    Validation.required("community", community);
    Validation.required("author", author);
    states = Set.copyOf(Validation.noNulls("states", states));
    Validation.required("which", which);
    Validation.required("since", since);
  }

  /**
   * @param community the community
   * @param author the person
   * @return every post the person has written there, in any state, ever
   */
  public static PostCount of(CommunityId community, MemberId author) {
    return new PostCount(community, author, EnumSet.allOf(PostState.class), Which.POSTS, Optional.empty());
  }

  /**
   * @param community the community
   * @param author the person
   * @return every post the person has published there, ever
   */
  public static PostCount published(CommunityId community, MemberId author) {
    return new PostCount(community, author, EnumSet.of(PostState.PUBLISHED), Which.POSTS, Optional.empty());
  }

  /**
   * @param community the community
   * @param author the person
   * @param since the start of the period
   * @return every reply the person has written there since then, in any state
   */
  public static PostCount repliesSince(CommunityId community, MemberId author, Instant since) {
    return new PostCount(community, author, EnumSet.allOf(PostState.class), Which.REPLIES,
        Optional.of(Validation.required("since", since)));
  }

  /**
   * @param next the states
   * @return a copy counting posts in those states
   */
  public PostCount inStates(Set<PostState> next) {
    return new PostCount(community, author, next, which, since);
  }

  /**
   * @param next the start of the period
   * @return a copy counting only posts written at or after it
   */
  public PostCount from(Instant next) {
    return new PostCount(community, author, states, which, Optional.of(Validation.required("since", next)));
  }

  /**
   * @return a copy counting only replies
   */
  public PostCount repliesOnly() {
    return new PostCount(community, author, states, Which.REPLIES, since);
  }

  /**
   * @param post when a post was written
   * @return whether that time is in the period counted
   */
  public boolean covers(Instant post) {
    return since.map(start -> !post.isBefore(start)).orElse(true);
  }
}
