package org.copkit.api.feed;

import org.copkit.api.shared.MemberId;

/**
 * Use case: a member's ranked, personal activity feed, and why each item is in it.
 *
 * <p>The feed holds only activities of communities the member belongs to (whatever the
 * community's stage: an ARCHIVED community's activities stay readable and simply age), and
 * activities for the CORE audience only when the member is in the CORE tier there. Membership is
 * read on every call, so leaving a community takes effect at once, even in the middle of paging.
 *
 * <p>Items are ranked by a score in log space: the sum of the signals' contributions listed in
 * {@link BuiltInSignal} and of the {@link org.copkit.api.feed.spi.RankingSignal vendor signals},
 * less a diversity discount for items whose author or community already appears higher up. Ties
 * go to the newer activity, then to the smaller {@link ActivityId}.
 */
public interface Feed {

  /**
   * One page of the actor's feed.
   *
   * <p>The first page freezes the ranking time and the activities that may appear (those already
   * published); every page reached through its {@link FeedPage#next() cursor} ranks at that time,
   * among those activities, so newly published activities never shift a paging session. No
   * activity is ever repeated within a session, and none is skipped: a page holds the best of the
   * frozen activities not yet served, scored with the engagement and interactions current when
   * the page is asked for (so an item whose engagement grew between pages can still come up, once).
   * A session ends after {@value FeedCursor#MAX_SERVED} items.
   *
   * @param actor the member whose feed it is
   * @param query the page size and, after the first page, the cursor
   * @return the page, ranked best first
   * @throws org.copkit.api.shared.InvalidInputException when the cursor is not one this feed gave
   *     the actor
   */
  FeedPage feed(MemberId actor, FeedQuery query);

  /**
   * Why an activity ranks where it does for the actor, at the current time: each signal's
   * contribution to its score. Diversity discounts depend on the page and are on the {@link
   * FeedItem} instead.
   *
   * @param actor the member whose feed it is
   * @param activity the activity
   * @return the contributions
   * @throws org.copkit.api.shared.NotFoundException when the activity does not exist or the actor
   *     may not see it
   */
  Explanation explain(MemberId actor, ActivityId activity);
}
