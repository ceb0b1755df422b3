package org.copkit.core.feed;

import java.time.Clock;
import java.util.List;
import org.copkit.api.community.port.Communities;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityPublishing;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.feed.Interaction;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Transactions;
import org.copkit.api.shared.Validation;
import org.copkit.core.shared.FeedChanges;

/**
 * Assembles the feed for {@code CopPlatform}; hosts use {@code CopPlatform}.
 *
 * <p>One module holds one in-memory ranking index, fed through {@link #publishing()} and read
 * through {@link #feed()}. Vendor signals are those given, then those found by {@link
 * java.util.ServiceLoader}.
 */
public final class FeedModule {

  private final Feed feed;
  private final Feed exhaustiveFeed;
  private final ActivityIntake publishing;

  private FeedModule(Feed feed, Feed exhaustiveFeed, ActivityIntake publishing) {
    this.feed = feed;
    this.exhaustiveFeed = exhaustiveFeed;
    this.publishing = publishing;
  }

  /**
   * Assembles the feed.
   *
   * @param memberships who belongs where, read on every feed call
   * @param communities the communities, read when activities are published and engaged with
   * @param directory who is a platform administrator (administrators may retract any activity)
   * @param transactions the storage's transactions, around every read of the ports (the feed's own
   *     index needs none)
   * @param clock the platform's clock
   * @param settings weights and half-lives
   * @param signals vendor signals: those registered by the host, then those discovered
   * @return the module
   */
  public static FeedModule assemble(
      Memberships memberships,
      Communities communities,
      Directory directory,
      Transactions transactions,
      Clock clock,
      FeedSettings settings,
      List<RankingSignal> signals) {
    Validation.required("memberships", memberships);
    Validation.required("communities", communities);
    Validation.required("directory", directory);
    Validation.required("transactions", transactions);
    Validation.required("clock", clock);
    Validation.required("settings", settings);
    VendorSignals vendors = VendorSignals.of(Validation.noNulls("signals", signals));
    ActivityIndex index = new ActivityIndex(settings, vendors.size());
    MemberProfiles profiles = new MemberProfiles();
    PersonalScoring scoring = new PersonalScoring(settings.personal());
    return new FeedModule(
        new RankedFeed(index, profiles, vendors, scoring, new FeedRanker(index, scoring, true), memberships, transactions, clock),
        new RankedFeed(index, profiles, vendors, scoring, new FeedRanker(index, scoring, false), memberships, transactions, clock),
        new ActivityIntake(index, profiles, vendors, memberships, communities, directory, transactions));
  }

  /** @return the members' feeds */
  public Feed feed() {
    return feed;
  }

  /**
   * The same feeds over the same index, ranked by scanning every visible activity instead of
   * skipping the blocks that cannot make the page: the reference that the pruned {@link #feed()}
   * is tested and benchmarked against.
   *
   * @return the exhaustive feeds
   */
  public Feed exhaustiveFeed() {
    return exhaustiveFeed;
  }

  /** @return where other capabilities publish activities and interactions */
  public ActivityPublishing publishing() {
    return publishing;
  }

  /** @return changes for the platform's own features, after their use cases have authorized them */
  public FeedChanges changes() {
    return new FeedChanges() {
      @Override
      public boolean publish(Activity activity) {
        return publishing.publishAuthorized(activity);
      }

      @Override
      public boolean record(MemberId actor, Interaction interaction) {
        return publishing.recordAuthorized(actor, interaction);
      }

      @Override
      public boolean retract(ActivityId activity) {
        return publishing.retractAuthorized(activity);
      }

      @Override
      public boolean reinstate(ActivityId activity) {
        return publishing.reinstateAuthorized(activity);
      }
    };
  }
}
