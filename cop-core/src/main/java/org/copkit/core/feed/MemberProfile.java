package org.copkit.core.feed;

import java.util.Arrays;

/**
 * What the feed knows of one member, immutable: how often they interacted with each author and
 * each community, what they have seen, the topics they have answered in and the interests they
 * declared. Each interaction makes a new profile (see {@link MemberProfiles}), so a feed request
 * reads a consistent one without locking.
 *
 * <p>Authors and communities are kept as sorted ordinals with parallel counts; seen activities as
 * sorted refs, with a bit set of their hashes (16 to 32 bits per seen activity) in front, so that
 * most lookups of an activity not seen end without a search. A member touches few authors and
 * communities, and a request looks the seen set up only for the candidates that could enter the
 * page.
 */
final class MemberProfile {

  /** Bits of {@link #seenFilter} per seen activity when their number is a power of two. */
  private static final int SEEN_FILTER_BITS = 32;

  static final MemberProfile EMPTY =
      new MemberProfile(new int[0], new int[0], new int[0], new int[0], new long[0], filterOf(new long[0]), 0, 0);

  final int[] authors;
  final int[] authorInteractions;
  final int[] communities;
  final int[] communityInteractions;
  final long[] seen;
  /** One bit per hash of a seen ref; {@link #hasSeen} searches only when the ref's bit is set. */
  private final long[] seenFilter;
  /** Shifts a ref's hash down to an index into {@link #seenFilter}'s bits. */
  private final int seenShift;
  /** Tags of the questions the member has answered: where they are a tacit expert. */
  final long expertise;
  /** Tags of the member's declared competences and learning goals. */
  final long interests;

  private MemberProfile(
      int[] authors,
      int[] authorInteractions,
      int[] communities,
      int[] communityInteractions,
      long[] seen,
      long[] seenFilter,
      long expertise,
      long interests) {
    this.authors = authors;
    this.authorInteractions = authorInteractions;
    this.communities = communities;
    this.communityInteractions = communityInteractions;
    this.seen = seen;
    this.seenFilter = seenFilter;
    this.seenShift = shiftFor(seenFilter);
    this.expertise = expertise;
    this.interests = interests;
  }

  MemberProfile withInterests(long declared) {
    return new MemberProfile(
        authors, authorInteractions, communities, communityInteractions, seen, seenFilter, expertise, declared);
  }

  MemberProfile withSeen(long ref) {
    int at = Arrays.binarySearch(seen, ref);
    if (at >= 0) {
      return this;
    }
    long[] next = new long[seen.length + 1];
    int insertion = -at - 1;
    System.arraycopy(seen, 0, next, 0, insertion);
    next[insertion] = ref;
    System.arraycopy(seen, insertion, next, insertion + 1, seen.length - insertion);
    return new MemberProfile(
        authors, authorInteractions, communities, communityInteractions, next, filterOf(next), expertise, interests);
  }

  /** One more reaction, reply or answer to an author in a community; answers add expertise. */
  MemberProfile withEngagement(int author, int community, long answeredTags) {
    int[][] byAuthor = incremented(authors, authorInteractions, author);
    int[][] byCommunity = incremented(communities, communityInteractions, community);
    return new MemberProfile(
        byAuthor[0],
        byAuthor[1],
        byCommunity[0],
        byCommunity[1],
        seen,
        seenFilter,
        expertise | answeredTags,
        interests);
  }

  int interactionsWithAuthor(int author) {
    return countOf(authors, authorInteractions, author);
  }

  int interactionsInCommunity(int community) {
    return countOf(communities, communityInteractions, community);
  }

  boolean hasSeen(long ref) {
    int bit = seenBit(ref);
    return (seenFilter[bit >>> 6] & 1L << bit) != 0 && Arrays.binarySearch(seen, ref) >= 0;
  }

  private int seenBit(long ref) {
    return bit(ref, seenShift);
  }

  private static int bit(long ref, int shift) {
    return (int) ((ref * 0x9E3779B97F4A7C15L) >>> shift);
  }

  private static int shiftFor(long[] filter) {
    return Long.SIZE - Integer.numberOfTrailingZeros(filter.length * Long.SIZE);
  }

  private static long[] filterOf(long[] seen) {
    int bits = Math.max(Long.SIZE, Integer.highestOneBit(Math.max(1, seen.length)) * SEEN_FILTER_BITS);
    long[] filter = new long[bits / Long.SIZE];
    int shift = shiftFor(filter);
    for (long ref : seen) {
      int bit = bit(ref, shift);
      filter[bit >>> 6] |= 1L << bit;
    }
    return filter;
  }

  private static int countOf(int[] keys, int[] counts, int key) {
    int at = Arrays.binarySearch(keys, key);
    return at >= 0 ? counts[at] : 0;
  }

  private static int[][] incremented(int[] keys, int[] counts, int key) {
    int at = Arrays.binarySearch(keys, key);
    if (at >= 0) {
      int[] nextCounts = counts.clone();
      nextCounts[at]++;
      return new int[][] {keys, nextCounts};
    }
    int insertion = -at - 1;
    int[] nextKeys = new int[keys.length + 1];
    int[] nextCounts = new int[keys.length + 1];
    System.arraycopy(keys, 0, nextKeys, 0, insertion);
    System.arraycopy(counts, 0, nextCounts, 0, insertion);
    nextKeys[insertion] = key;
    nextCounts[insertion] = 1;
    System.arraycopy(keys, insertion, nextKeys, insertion + 1, keys.length - insertion);
    System.arraycopy(counts, insertion, nextCounts, insertion + 1, keys.length - insertion);
    return new int[][] {nextKeys, nextCounts};
  }
}
