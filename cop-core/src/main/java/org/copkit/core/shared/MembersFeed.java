package org.copkit.core.shared;

import java.util.List;
import org.copkit.api.community.Membership;
import org.copkit.api.feed.FeedPage;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.shared.MemberId;

/**
 * A member's feed page ranked over memberships the caller already read, for work that reads many
 * members' feeds in turn (their digests) and reads their memberships for a page of them at once.
 * The same page {@link org.copkit.api.feed.Feed#feed} serves, given the same memberships. Wiring
 * between features, never reaching hosts.
 */
public interface MembersFeed {

  /**
   * @param actor whose feed
   * @param memberships their memberships, as the storage holds them
   * @param query which page
   * @return the page
   */
  FeedPage feed(MemberId actor, List<Membership> memberships, FeedQuery query);
}
