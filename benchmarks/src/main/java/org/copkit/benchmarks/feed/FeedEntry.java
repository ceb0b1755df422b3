package org.copkit.benchmarks.feed;

import java.time.Instant;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.shared.MemberId;

/**
 * An activity as a first version of a feed would hold it: an object with its current engagement.
 *
 * @param id its ID
 * @param community its community
 * @param author its author
 * @param createdAt when it happened
 * @param replies replies so far
 * @param reactions reactions so far
 * @param tags its tags
 * @param coreOnly whether only the CORE tier may see it
 * @param openQuestion whether it is a question nobody answered yet
 * @param authorRole whether its author was an e-moderator or an expert
 */
record FeedEntry(
    ActivityId id,
    CommunityId community,
    MemberId author,
    Instant createdAt,
    int replies,
    int reactions,
    Set<String> tags,
    boolean coreOnly,
    boolean openQuestion,
    boolean authorRole) {}
