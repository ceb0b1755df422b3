package org.copkit.core.feed;

import java.util.Arrays;

/**
 * What the feed knows of one member, immutable: how often they interacted with each author and
 * each community, what they have seen, the topics they have answered in and the interests they
 * declared. Each interaction makes a new profile (see {@link MemberProfiles}), so a feed request
 * reads a consistent one without locking.
 *
 * <p>Authors and communities are kept as sorted ordinals with parallel counts; seen activities in
 * an open-addressing hash set of refs (24 to 40 bytes per seen activity, with the list that
 * remembers which was seen first), at most a bounded number of them (the latest seen), since a request looks up
 * every candidate that could enter the page, and the recent activities a member has seen are
 * often among them. A member touches few authors and communities.
 */
final class MemberProfile {

  /** Marks a free slot of {@link #seen}: refs are never negative. */
  private static final long FREE = -1;

  static final MemberProfile EMPTY =
      new MemberProfile(new int[0], new int[0], new int[0], new int[0], new long[] {FREE, FREE}, new long[0], 0, 0);

  final int[] authors;
  final int[] authorInteractions;
  final int[] communities;
  final int[] communityInteractions;
  /** The seen refs, at hashed slots (linear probing), at most half of them taken. */
  private final long[] seen;
  /** The same refs, oldest seen first: the oldest is forgotten when the limit is reached. */
  private final long[] seenOrder;
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
      long[] seenOrder,
      long expertise,
      long interests) {
    this.authors = authors;
    this.authorInteractions = authorInteractions;
    this.communities = communities;
    this.communityInteractions = communityInteractions;
    this.seen = seen;
    this.seenOrder = seenOrder;
    this.expertise = expertise;
    this.interests = interests;
  }

  MemberProfile withInterests(long declared) {
    return new MemberProfile(
        authors, authorInteractions, communities, communityInteractions, seen, seenOrder, expertise, declared);
  }

  /**
   * @param ref an activity the member has seen
   * @param limit how many seen activities a profile keeps, at least 1: the oldest seen is forgotten
   *     (and may rise again in the member's feed) when one more would exceed it
   * @return the profile with the activity seen
   */
  MemberProfile withSeen(long ref, int limit) {
    if (hasSeen(ref)) {
      return this;
    }
    int kept = Math.min(seenOrder.length, limit - 1);
    long[] order = new long[kept + 1];
    System.arraycopy(seenOrder, seenOrder.length - kept, order, 0, kept);
    order[kept] = ref;
    int capacity = 2;
    while (capacity < 2 * order.length) {
      capacity *= 2;
    }
    long[] next = new long[capacity];
    Arrays.fill(next, FREE);
    for (long seenRef : order) {
      insert(next, seenRef);
    }
    return new MemberProfile(
        authors, authorInteractions, communities, communityInteractions, next, order, expertise, interests);
  }

  /** @return how many seen activities the profile keeps */
  int seenCount() {
    return seenOrder.length;
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
        seenOrder,
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
