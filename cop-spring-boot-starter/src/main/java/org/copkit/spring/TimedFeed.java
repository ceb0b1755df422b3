package org.copkit.spring;

import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.Explanation;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedPage;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.shared.MemberId;

/** The platform's feed, timed into {@code copkit.feed.latency}: calls that throw are timed too. */
final class TimedFeed implements Feed {

  private final Feed feed;
  private final CopKitMeters meters;

  TimedFeed(Feed feed, CopKitMeters meters) {
    this.feed = feed;
    this.meters = meters;
  }

  @Override
  public FeedPage feed(MemberId actor, FeedQuery query) {
    return meters.feedPages().record(() -> feed.feed(actor, query));
  }

  @Override
  public Explanation explain(MemberId actor, ActivityId activity) {
    return meters.feedExplanations().record(() -> feed.explain(actor, activity));
  }
}
