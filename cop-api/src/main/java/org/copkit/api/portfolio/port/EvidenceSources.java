package org.copkit.api.portfolio.port;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.shared.MemberId;

/**
 * Outbound port: the evidence of what members did, read from the other features' records as they
 * are stored (the storage is the one source of truth: nothing is copied). Keys: {@code answer:<post
 * ID>}, {@code item:<knowledge item ID>}, {@code output:<knowledge item ID>}, {@code event:<event ID>}, {@code unit:<unit ID>}, {@code
 * endorsement:<claim ID>:<entry number>}, {@code validation:<claim ID>:<entry number>}. Contract:
 * {@code org.copkit.tck.portfolio.EvidenceSourcesContract}.
 */
public interface EvidenceSources {

  /**
   * @param member a member
   * @return their gathered evidence: answers of theirs accepted (in published posts of threads
   *     that are not removed), knowledge items they created, outputs they co-author and did
   *     not create (in a production cycle, at its start, with the item's audience and current title), events they were recorded PRESENT at,
   *     units they completed, endorsements and validations of their claims; newest first, ties by key
   */
  List<Evidence> ofMember(MemberId member);

  /**
   * Where a member's evidence happened, so that a reader's view of it can be worked out before it is
   * read. The default reads all of it; SQL adapters ask the database for the communities alone.
   *
   * @param member a member
   * @return the communities of their gathered evidence ({@link #ofMember(MemberId)}), each once
   */
  default Set<CommunityId> communitiesOf(MemberId member) {
    return ofMember(member).stream().map(evidence -> evidence.community().orElseThrow()).collect(Collectors.toSet());
  }

  /**
   * The part of a member's evidence a reader is shown, read without the rest (a portfolio page
   * reads only what it shows). The default filters {@link #ofMember(MemberId)}; SQL adapters read
   * only those rows.
   *
   * @param member a member
   * @param shown for each community, the audiences whose evidence is read there; evidence of a
   *     community not named, or for another audience, is left out
   * @return exactly the evidence of {@link #ofMember(MemberId)} whose community maps to a set that
   *     holds its audience, in the same order: newest first, ties by key
   */
  default List<Evidence> ofMember(MemberId member, Map<CommunityId, Set<Audience>> shown) {
    return ofMember(member).stream()
        .filter(evidence -> shown.getOrDefault(evidence.community().orElseThrow(), Set.of()).contains(evidence.audience()))
        .toList();
  }

  /**
   * @param community a community
   * @return the same evidence of every member, where it happened in that community; newest first,
   *     ties by key
   */
  List<Evidence> inCommunity(CommunityId community);
}
