package org.copkit.core.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
import org.copkit.core.shared.ChangeFollower;
import org.copkit.core.shared.FeedChanges;
import org.copkit.core.shared.AddOn;
import org.copkit.core.shared.Wiring;

/**
 * Assembles the feed for {@code CopPlatform}; hosts use {@code CopPlatform}.
 *
 * <p>One assembly holds one node's in-memory ranking index and members' profiles: a cache of the
 * storage's change log, rebuilt from it when the assembly is created and kept current by catching
 * up (after each of this node's writes, and by polling when an interval is given). Changes enter
 * through {@link #publishing()} and {@link #changes()}, which append them to the log; {@link
 * #feed()} reads the index. Vendor signals are those the builder gathered: registered, then
 * discovered.
 */
public final class FeedAssembly implements AutoCloseable {

  /** How many seen activities a member's profile keeps unless told otherwise. */
  public static final int DEFAULT_SEEN_LIMIT = 1_000;
  /** The most seen activities a member's profile may be set to keep. */
  public static final int MAX_SEEN_LIMIT = 100_000;

  private final RankedFeed feed;
  private final Feed exhaustiveFeed;
  private final ActivityIntake publishing;
  private final FeedSync sync;

  private FeedAssembly(RankedFeed feed, Feed exhaustiveFeed, ActivityIntake publishing, FeedSync sync) {
    this.feed = feed;
    this.exhaustiveFeed = exhaustiveFeed;
    this.publishing = publishing;
    this.sync = sync;
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
    return create(wiring, settings, VendorSignals.of(Validation.noNulls("signals", signals)), Optional.empty(),
        DEFAULT_SEEN_LIMIT);
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
    return create(wiring, settings, signals, budget, Optional.empty(), DEFAULT_SEEN_LIMIT);
  }

  /**
   * Assembles the feed, rebuilds its index from the storage's change log, and, given an interval,
   * keeps it current by polling the log until {@link #close()}.
   *
   * @param wiring the platform's ports and clock
   * @param settings weights and half-lives
   * @param signals vendor signals as the platform admitted them: those registered by the host, then
   *     those discovered
   * @param budget how long a feed request waits for a signal's member terms
   * @param catchUpInterval how often to poll the change log, or empty to catch up only after this
   *     node's writes and when {@link #catchUp()} is called
   * @param seenLimit how many seen activities each member's profile keeps (the latest), from 1 to
   *     {@value #MAX_SEEN_LIMIT}
   * @return the assembly
   */
  public static FeedAssembly create(Wiring wiring, FeedSettings settings, List<AddOn<RankingSignal>> signals,
      Duration budget, Optional<Duration> catchUpInterval, int seenLimit) {
    return create(wiring, settings, signals, budget, catchUpInterval, seenLimit, List.of());
  }

  /**
   * Assembles the feed as {@link #create(Wiring, FeedSettings, List, Duration, Optional, int)}
   * does, and hands the changes of other topics of the log to their followers as it reads them:
   * the structures other features derive from the log are rebuilt and kept current with the feed.
   *
   * @param wiring the platform's ports and clock
   * @param settings weights and half-lives
   * @param signals vendor signals as the platform admitted them
   * @param budget how long a feed request waits for a signal's member terms
   * @param catchUpInterval how often to poll the change log, or empty
   * @param seenLimit how many seen activities each member's profile keeps
   * @param followers the readers of other topics, one per topic
   * @return the assembly
   */
  public static FeedAssembly create(Wiring wiring, FeedSettings settings, List<AddOn<RankingSignal>> signals,
      Duration budget, Optional<Duration> catchUpInterval, int seenLimit, List<ChangeFollower> followers) {
    Validation.required("wiring", wiring);
    return create(wiring, settings, new VendorSignals(Validation.noNulls("signals", signals),
        Validation.required("budget", budget), wiring.clock()), catchUpInterval, seenLimit,
        Validation.noNulls("followers", followers));
  }

  private static FeedAssembly create(Wiring wiring, FeedSettings settings, VendorSignals vendors,
      Optional<Duration> catchUpInterval, int seenLimit) {
    return create(wiring, settings, vendors, catchUpInterval, seenLimit, List.of());
  }

  private static FeedAssembly create(Wiring wiring, FeedSettings settings, VendorSignals vendors,
      Optional<Duration> catchUpInterval, int seenLimit, List<ChangeFollower> followers) {
    Validation.required("wiring", wiring);
    Validation.required("settings", settings);
    Validation.required("catchUpInterval", catchUpInterval);
    Validation.between("seenLimit", seenLimit, 1, MAX_SEEN_LIMIT);
    Memberships memberships = wiring.storage().memberships();
    Communities communities = wiring.storage().communities();
    Directory directory = wiring.directory();
    Transactions transactions = wiring.storage().transactions();
    Clock clock = wiring.clock();
    ActivityIndex index = new ActivityIndex(settings, vendors.size());
    MemberProfiles profiles = new MemberProfiles();
    PersonalScoring scoring = new PersonalScoring(settings.personal());
    FeedSync sync = new FeedSync(wiring.storage().changeLog(), transactions, index, profiles, vendors, seenLimit,
        followers);
    FeedAssembly assembly = new FeedAssembly(
        new RankedFeed(index, profiles, vendors, scoring, new FeedRanker(index, scoring, true), memberships, transactions, clock, sync),
        new RankedFeed(index, profiles, vendors, scoring, new FeedRanker(index, scoring, false), memberships, transactions, clock, sync),
        new ActivityIntake(index, vendors, memberships, communities, directory, transactions,
            wiring.storage().changeLog(), sync),
        sync);
    try {
      sync.catchUp(); // the rebuild: everything the log holds
    } catch (RuntimeException e) {
      // reported; the feed is stale until the poller (or the next write) catches up
    }
    catchUpInterval.ifPresent(sync::start);
    return assembly;
  }

  /**
   * Applies, now, every change committed to the log that this node has not applied yet: changes
   * made on other nodes become visible in its feeds. The poller does this every interval.
   *
   * @return the sequence of the last change applied
   */
  public long catchUp() {
    return sync.catchUp();
  }

  /**
   * @param storage the storage every node shares
   * @return the retention of raw interactions (kind {@code feed-interaction}), for privacy's sweep
   */
  public static org.copkit.core.shared.PlatformRetention retention(org.copkit.api.storage.CopStorage storage) {
    return new FeedRetention(storage);
  }

  /** @return how the feed's topic of the change log reads and writes its bodies, for privacy */
  public static org.copkit.core.shared.LoggedChanges loggedChanges() {
    return org.copkit.core.shared.LoggedChanges.of(FeedChange.TOPIC, FeedChange::decode, FeedChange::encode, FeedChange.class);
  }

  /** Stops polling the change log; the index stays as it is. */
  @Override
  public void close() {
    sync.stop();
  }

  /** @return the members' feeds */
  public Feed feed() {
    return feed;
  }

  /** @return the same feed, for callers that read the members' memberships themselves */
  public org.copkit.core.shared.MembersFeed membersFeed() {
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
