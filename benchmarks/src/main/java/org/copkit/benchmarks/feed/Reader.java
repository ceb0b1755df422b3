package org.copkit.benchmarks.feed;

import java.util.Map;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.shared.MemberId;

/**
 * The member whose feed is ranked, as a first version would keep them: maps and sets.
 *
 * @param member who they are
 * @param tiers their tier in each community they belong to
 * @param byAuthor their reactions, replies and answers per author
 * @param byCommunity their reactions, replies and answers per community
 * @param seen the activities they have seen
 * @param interests their competences and learning goals
 * @param expertise the tags of the questions they answered
 */
record Reader(
    MemberId member,
    Map<CommunityId, Tier> tiers,
    Map<MemberId, Integer> byAuthor,
    Map<CommunityId, Integer> byCommunity,
    Set<ActivityId> seen,
    Set<String> interests,
    Set<String> expertise) {

  boolean maySee(FeedEntry entry) {
    Tier tier = tiers.get(entry.community());
    return tier != null && (!entry.coreOnly() || tier == Tier.CORE);
  }
}
