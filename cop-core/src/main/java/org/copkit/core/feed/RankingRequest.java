package org.copkit.core.feed;

import java.util.Arrays;

/**
 * What one ranking scans and how: the visible segments with their frozen sizes, the frozen time,
 * the member's terms, what the paging session has already served, and the page size.
 *
 * @param segments the visible segments
 * @param limits how many activities of each segment belong to the session
 * @param coreVisible whether the member sees each segment's CORE-only activities
 * @param communityTerms the member's term for each segment
 * @param now the frozen time, in index seconds
 * @param terms the member's lookups
 * @param served the refs already served in the session, sorted
 * @param servedAuthors the author ordinals of the served refs, one per ref
 * @param servedCommunities the community ordinals of the served refs, one per ref
 * @param size how many to select
 */
record RankingRequest(
    Segment[] segments,
    int[] limits,
    boolean[] coreVisible,
    double[] communityTerms,
    long now,
    PersonalTerms terms,
    long[] served,
    int[] servedAuthors,
    int[] servedCommunities,
    int size) {

  boolean isServed(long ref) {
    return served.length > 0 && Arrays.binarySearch(served, ref) >= 0;
  }

  /** @return how many activities the request may choose from, at most */
  long candidates() {
    return Arrays.stream(limits).asLongStream().sum();
  }
}
