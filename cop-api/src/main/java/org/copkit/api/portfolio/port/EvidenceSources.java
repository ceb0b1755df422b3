package org.copkit.api.portfolio.port;

import java.util.List;
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
   * @param community a community
   * @return the same evidence of every member, where it happened in that community; newest first,
   *     ties by key
   */
  List<Evidence> inCommunity(CommunityId community);
}
