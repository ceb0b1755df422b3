package org.copkit.benchmarks.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import org.copkit.api.analytics.Window;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;

/**
 * One community's year, generated from a seed: {@code members} memberships and {@code posts}
 * posts in threads of ten, all written in {@link #WINDOW}. Authors follow a power law ({@code
 * ⌊members·u⁴⌋} for uniform {@code u}), so the top 1 % write about a third of the posts and most
 * members never write, as in the 1-9-90 rule.
 *
 * <ul>
 *   <li>members: 1 % CORE, 80 % PARTICIPANT, the rest OBSERVER; joined uniformly in the 18 months
 *       before mid-2025, so some join during the year;
 *   <li>threads: six in ten discussions, three questions (half with an accepted answer, the first
 *       reply), one announcement; one in twenty for the working group (CORE audience);
 *   <li>posts: an opening post then nine replies an hour apart, every fourth of them a reply to the
 *       reply before; one post in a hundred hidden.
 * </ul>
 *
 * <p>Held in flat arrays, to be loaded into each storage the same way.
 */
final class AnalyticsWorkload {

  /** The reported window: the year 2025. */
  static final Window WINDOW = Window.between(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));

  static final int POSTS_PER_THREAD = 10;

  private static final Instant FIRST_JOIN = Instant.parse("2024-01-01T00:00:00Z");
  private static final long JOIN_SPAN_SECONDS = Duration.ofDays(547).toSeconds();

  final CommunityId community = new CommunityId(new UUID(0x5eed, 1));
  final int memberCount;
  final int postCount;

  final String[] memberIds;
  final Tier[] tiers;
  final Instant[] joinedAt;

  final UUID[] threadIds;
  final ThreadKind[] kinds;
  final Audience[] audiences;
  final boolean[] accepted;

  final UUID[] postIds;
  final int[] authors;
  final Instant[] createdAt;
  final PostState[] states;

  private AnalyticsWorkload(int members, int posts, long seed) {
    this.memberCount = members;
    this.postCount = posts;
    SplittableRandom random = new SplittableRandom(seed);
    memberIds = new String[members];
    tiers = new Tier[members];
    joinedAt = new Instant[members];
    for (int i = 0; i < members; i++) {
      memberIds[i] = "member-" + i;
      tiers[i] = i < members / 100 ? Tier.CORE : i < members * 81 / 100 ? Tier.PARTICIPANT : Tier.OBSERVER;
      joinedAt[i] = FIRST_JOIN.plusSeconds(random.nextLong(JOIN_SPAN_SECONDS));
    }
    int threads = posts / POSTS_PER_THREAD;
    threadIds = new UUID[threads];
    kinds = new ThreadKind[threads];
    audiences = new Audience[threads];
    accepted = new boolean[threads];
    postIds = new UUID[posts];
    authors = new int[posts];
    createdAt = new Instant[posts];
    states = new PostState[posts];
    long span = WINDOW.length().toSeconds() - Duration.ofHours(POSTS_PER_THREAD).toSeconds();
    for (int t = 0; t < threads; t++) {
      threadIds[t] = new UUID(seed, t);
      int kind = t % 10;
      kinds[t] = kind < 6 ? ThreadKind.DISCUSSION : kind < 9 ? ThreadKind.QUESTION : ThreadKind.ANNOUNCEMENT;
      audiences[t] = t % 20 == 0 ? Audience.CORE : Audience.COMMUNITY;
      accepted[t] = kinds[t] == ThreadKind.QUESTION && random.nextBoolean();
      Instant start = WINDOW.from().plusSeconds(random.nextLong(span));
      for (int k = 0; k < POSTS_PER_THREAD; k++) {
        int p = t * POSTS_PER_THREAD + k;
        postIds[p] = new UUID(~seed, p);
        authors[p] = (int) (members * Math.pow(random.nextDouble(), 4));
        createdAt[p] = start.plus(Duration.ofHours(k));
        states[p] = random.nextInt(100) == 0 ? PostState.HIDDEN : PostState.PUBLISHED;
      }
    }
  }

  /**
   * @param members memberships
   * @param posts posts, a multiple of {@value #POSTS_PER_THREAD}
   * @return the workload of seed 42
   */
  static AnalyticsWorkload generate(int members, int posts) {
    return new AnalyticsWorkload(members, posts, 42);
  }

  int threadCount() {
    return threadIds.length;
  }

  /** @return the index of the post that opens thread {@code t} */
  static int openingOf(int t) {
    return t * POSTS_PER_THREAD;
  }

  /** @return the index of the post that post {@code p} replies to, or -1 for an opening post or a top-level reply */
  static int parentOf(int p) {
    int k = p % POSTS_PER_THREAD;
    return k > 0 && k % 4 == 0 ? p - 1 : -1;
  }

  /** @return the accepted answer of thread {@code t}, or -1 */
  int acceptedAnswerOf(int t) {
    return accepted[t] ? openingOf(t) + 1 : -1;
  }

  /** @return the author of thread {@code t} */
  int threadAuthorOf(int t) {
    return authors[openingOf(t)];
  }
}
