package org.copkit.core.feed;

import java.util.Arrays;

/**
 * What the feed knows of one member, immutable: how often they interacted with each author and
 * each community, what they have seen, the topics they have answered in and the interests they
 * declared. Each interaction makes a new profile (see {@link MemberProfiles}), so a feed request
 * reads a consistent one without locking.
 *
 * <p>Authors and communities are kept as sorted ordinals with parallel counts; seen activities in
 * an open-addressing hash set of refs (16 to 32 bytes per seen activity), since a request looks up
 * every candidate that could enter the page, and the recent activities a member has seen are
 * often among them. A member touches few authors and communities.
 */
final class MemberProfile {

  /** Marks a free slot of {@link #seen}: refs are never negative. */
  private static final long FREE = -1;

  static final MemberProfile EMPTY =
      new MemberProfile(new int[0], new int[0], new int[0], new int[0], new long[] {FREE, FREE}, 0, 0, 0);

  final int[] authors;
  final int[] authorInteractions;
  final int[] communities;
  final int[] communityInteractions;
  /** The seen refs, at hashed slots (linear probing), at most half of them taken. */
  private final long[] seen;
  private final int seenCount;
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
      int seenCount,
      long expertise,
      long interests) {
    this.authors = authors;
    this.authorInteractions = authorInteractions;
    this.communities = communities;
    this.communityInteractions = communityInteractions;
    this.seen = seen;
    this.seenCount = seenCount;
    this.expertise = expertise;
    this.interests = interests;
  }

  MemberProfile withInterests(long declared) {
    return new MemberProfile(
        authors, authorInteractions, communities, communityInteractions, seen, seenCount, expertise, declared);
  }

  MemberProfile withSeen(long ref) {
    if (hasSeen(ref)) {
      return this;
    }
    int count = seenCount + 1;
    long[] next = new long[2 * count > seen.length ? seen.length * 2 : seen.length];
    Arrays.fill(next, FREE);
    for (long seenRef : seen) {
      if (seenRef != FREE) {
        insert(next, seenRef);
      }
    }
    insert(next, ref);
    return new MemberProfile(
        authors, authorInteractions, communities, communityInteractions, next, count, expertise, interests);
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
        seenCount,
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
    int mask = seen.length - 1;
    for (int slot = slotOf(ref, mask); ; slot = (slot + 1) & mask) {
      long held = seen[slot];
      if (held == ref) {
        return true;
      }
      if (held == FREE) {
        return false;
      }
    }
  }

  private static void insert(long[] table, long ref) {
    int mask = table.length - 1;
    int slot = slotOf(ref, mask);
    while (table[slot] != FREE) {
      slot = (slot + 1) & mask;
    }
    table[slot] = ref;
  }

  private static int slotOf(long ref, int mask) {
    return (int) ((ref * 0x9E3779B97F4A7C15L) >>> 32) & mask;
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
