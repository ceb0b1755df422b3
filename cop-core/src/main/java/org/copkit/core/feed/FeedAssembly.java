package org.copkit.core.feed;

import java.time.Clock;
import java.time.Duration;
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
import org.copkit.core.shared.AddOn;
import org.copkit.core.shared.Wiring;

/**
 * Assembles the feed for {@code CopPlatform}; hosts use {@code CopPlatform}.
 *
 * <p>One assembly holds one in-memory ranking index, fed through {@link #publishing()} and read
 * through {@link #feed()}. Vendor signals are those the builder gathered: registered, then
 * discovered.
 */
public final class FeedAssembly {

  private final Feed feed;
  private final Feed exhaustiveFeed;
  private final ActivityIntake publishing;

  private FeedAssembly(Feed feed, Feed exhaustiveFeed, ActivityIntake publishing) {
    this.feed = feed;
    this.exhaustiveFeed = exhaustiveFeed;
    this.publishing = publishing;
  }

  /**
   * Assembles the feed on the platform's memberships and communities (read on every feed call and
   * when activities are published and engaged with, each inside a transaction of the storage), its
   * directory (platform administrators may retract any activity) and clock.
   *
   * @param wiring the platform's ports and clock
   * @param settings weights and half-lives
   * @param signals vendor signals: those registered by the host, then those discovered; a signal
   *     whose name is invalid or taken is reported and skipped; member terms within a generous budget
   * @return the assembly
   */
  public static FeedAssembly create(Wiring wiring, FeedSettings settings, List<RankingSignal> signals) {
    return create(wiring, settings, VendorSignals.of(Validation.noNulls("signals", signals)));
  }

  /**
   * Assembles the feed as {@link #create(Wiring, FeedSettings, List)} does, with signals the
   * platform admitted and its time budget.
   *
   * @param wiring the platform's ports and clock
   * @param settings weights and half-lives
   * @param signals vendor signals as the platform admitted them: those registered by the host, then
   *     those discovered
   * @param budget how long a feed request waits for a signal's member terms
   * @return the assembly
   */
  public static FeedAssembly create(
      Wiring wiring, FeedSettings settings, List<AddOn<RankingSignal>> signals, Duration budget) {
    Validation.required("wiring", wiring);
    return create(wiring, settings, new VendorSignals(Validation.noNulls("signals", signals),
        Validation.required("budget", budget), wiring.clock()));
  }

  private static FeedAssembly create(Wiring wiring, FeedSettings settings, VendorSignals vendors) {
    Validation.required("wiring", wiring);
    Validation.required("settings", settings);
    Memberships memberships = wiring.storage().memberships();
    Communities communities = wiring.storage().communities();
    Directory directory = wiring.directory();
    Transactions transactions = wiring.storage().transactions();
    Clock clock = wiring.clock();
    ActivityIndex index = new ActivityIndex(settings, vendors.size());
    MemberProfiles profiles = new MemberProfiles();
    PersonalScoring scoring = new PersonalScoring(settings.personal());
    return new FeedAssembly(
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
