package org.copkit.core.feed;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.copkit.api.feed.Interaction;
import org.copkit.api.shared.Transactions;
import org.copkit.api.storage.Change;
import org.copkit.api.storage.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one node's ranking index and members' profiles derived from the change log: the first
 * {@link #catchUp} rebuilds them from the start of the log, later ones apply what other units of
 * work (on this node or another) have committed since. Changes are read in batches of {@value
 * #BATCH}, each in a short transaction of its own, so no whole result set is ever held; while
 * one batch is applied the next is read on another thread.
 *
 * <p>Every node applies the same changes in the same order, so every node derives the same index:
 * the same activities in the same places, the same retractions, engagement and profiles. Whoever
 * calls {@code catchUp} (the writer after its commit, for read-your-writes; the poller; a test)
 * applies what is new; concurrent calls never apply a change twice.
 *
 * <p>A node is <em>stale</em> until its first catch-up has finished, while its last catch-up
 * failed (the database is unreachable), and, when it polls, when no catch-up has succeeded for
 * ten intervals (at least five seconds).
 */
final class FeedSync {

  private static final Logger LOG = LoggerFactory.getLogger(FeedSync.class);
  static final int BATCH = 5_000;
  /** Reads the next batch while the current one is applied. */
  private static final ExecutorService READER = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "copkit-feed-read-ahead");
    thread.setDaemon(true);
    return thread;
  });
  private static final ScheduledExecutorService POLLER = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "copkit-feed-catch-up");
    thread.setDaemon(true);
    return thread;
  });

  private final ChangeLog log;
  private final Transactions transactions;
  private final ActivityIndex index;
  private final MemberProfiles profiles;
  private final VendorSignals vendors;
  private final int seenLimit;
  /**
   * The lowest sequence of a raw interaction ({@link FeedChange.Engaged}) this node applied as it
   * was: a {@link FeedChange.Forgotten} above it makes the profiles derive afresh. Guarded by
   * {@code applying}, like everything {@link #apply} touches.
   */
  private long firstRaw = Long.MAX_VALUE;
  private final java.util.Map<String, org.copkit.core.shared.ChangeFollower> followers;
  private final Object applying = new Object();

  private volatile long applied;
  private volatile boolean caughtUp;
  private volatile boolean failing;
  private volatile long lastSuccess = System.nanoTime();
  private volatile long staleAfterNanos = Long.MAX_VALUE;
  private ScheduledFuture<?> polling;
  private ChangeLog.Subscription wakeUps;
  /** Whether a catch-up asked for by a wake-up of the log waits on the poller's thread. */
  private final AtomicBoolean wakeUpQueued = new AtomicBoolean();

  FeedSync(ChangeLog log, Transactions transactions, ActivityIndex index, MemberProfiles profiles,
      VendorSignals vendors, int seenLimit) {
    this(log, transactions, index, profiles, vendors, seenLimit, List.of());
  }

  FeedSync(ChangeLog log, Transactions transactions, ActivityIndex index, MemberProfiles profiles,
      VendorSignals vendors, int seenLimit, List<org.copkit.core.shared.ChangeFollower> followers) {
    java.util.Map<String, org.copkit.core.shared.ChangeFollower> byTopic = new java.util.HashMap<>();
    for (org.copkit.core.shared.ChangeFollower follower : followers) {
      if (follower.topic().equals(FeedChange.TOPIC) || byTopic.putIfAbsent(follower.topic(), follower) != null) {
        throw new IllegalArgumentException("the topic " + follower.topic() + " has a reader already");
      }
    }
    this.followers = java.util.Map.copyOf(byTopic);
    this.log = log;
    this.transactions = transactions;
    this.index = index;
    this.profiles = profiles;
    this.vendors = vendors;
    this.seenLimit = seenLimit;
  }

  /**
   * Applies every change committed so far that this node has not applied yet.
   *
   * @return the sequence of the last change applied
   * @throws RuntimeException what the storage raised when the log could not be read (then the
   *     node is stale until a catch-up succeeds)
   */
  long catchUp() {
    long started = System.nanoTime();
    try {
      List<Change> batch = read(applied);
      while (true) {
        // While this batch is applied, the next one is read on another thread: the database and
        // the index work at the same time when there is much to read (a rebuild).
        long last = batch.isEmpty() ? 0 : batch.get(batch.size() - 1).sequence();
        CompletableFuture<List<Change>> next = batch.size() < BATCH ? null
            : CompletableFuture.supplyAsync(() -> read(last), READER);
        synchronized (applying) {
          for (Change change : batch) {
            if (change.sequence() > applied) {
              apply(change);
              applied = change.sequence();
            }
          }
        }
        if (next == null) {
          break;
        }
        batch = joined(next);
      }
    } catch (RuntimeException | Error e) {
      if (!failing) {
        LOG.warn("The feed could not catch up with the change log; its pages are stale until it does: {}", e.toString());
      }
      failing = true;
      throw e;
    }
    if (failing) {
      LOG.info("The feed has caught up with the change log again");
    }
    failing = false;
    lastSuccess = started;
    caughtUp = true;
    return applied;
  }

  private List<Change> read(long after) {
    return transactions.inTransaction(() -> log.after(after, BATCH));
  }

  private static List<Change> joined(CompletableFuture<List<Change>> next) {
    try {
      return next.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** @return whether this node's feed may be behind the log: see the class comment */
  boolean stale() {
    return !caughtUp || failing || System.nanoTime() - lastSuccess > staleAfterNanos;
  }

  /** @return the sequence of the last change applied */
  long applied() {
    return applied;
  }

  private void apply(Change change) {
    if (change.topic().equals(org.copkit.core.shared.ErasureChange.TOPIC)) {
      erase(change);
      return;
    }
    if (!change.topic().equals(FeedChange.TOPIC)) {
      org.copkit.core.shared.ChangeFollower follower = followers.get(change.topic());
      if (follower != null) {
        try {
          follower.apply(change);
        } catch (RuntimeException e) {
          LOG.error("Skipped change {} of the log (topic {}): {}", change.sequence(), change.topic(), e.toString());
        }
      }
      return;
    }
    FeedChange feedChange;
    try {
      feedChange = FeedChange.decode(change.body());
    } catch (RuntimeException e) {
      LOG.error("Skipped change {} of the log: it is not a feed change this version reads ({})", change.sequence(), e.toString());
      return;
    }
    if (feedChange instanceof FeedChange.Published p) {
      index.append(p.activity(), p.authorRole(), vendors.activityTerms(p.activity()));
    } else if (feedChange instanceof FeedChange.Retracted r) {
      index.locate(r.activity()).ifPresent(ref -> index.setRetracted(ref, true));
    } else if (feedChange instanceof FeedChange.Reinstated r) {
      index.locate(r.activity()).ifPresent(ref -> index.setRetracted(ref, false));
    } else if (feedChange instanceof FeedChange.Engaged e) {
      firstRaw = Math.min(firstRaw, change.sequence());
      index.locate(e.activity()).ifPresent(ref -> {
        if (index.isRetracted(ref)) {
          return;
        }
        if (e.kind() != Interaction.Kind.SEEN) {
          index.segment(ref).engage(ActivityIndex.position(ref), e.kind());
        }
        profile(e, ref);
      });
    } else if (feedChange instanceof FeedChange.Counted c) {
      index.locate(c.activity()).ifPresent(ref -> {
        if (!index.isRetracted(ref) && c.kind() != Interaction.Kind.SEEN) {
          index.segment(ref).engage(ActivityIndex.position(ref), c.kind());
        }
      });
    } else if (feedChange instanceof FeedChange.Interested i) {
      interested(i);
    } else if (feedChange instanceof FeedChange.Forgotten f && firstRaw < f.upTo()) {
      rederiveProfiles(change.sequence());
    }
  }

  /**
   * The members' profiles derived afresh from the feed's changes before {@code until}, as a node
   * started now would derive them: after a retention sweep rewrote the raw interactions this node
   * had applied as they were. Whether an activity was retracted is followed through the changes
   * read, so that each interaction counts exactly when it counted the first time.
   */
  private void rederiveProfiles(long until) {
    profiles.clear();
    firstRaw = Long.MAX_VALUE;
    java.util.Set<Long> retracted = new java.util.HashSet<>();
    eachBefore(FeedChange.TOPIC, until, earlier -> replayProfile(earlier, retracted));
  }

  private void replayProfile(Change change, java.util.Set<Long> retracted) {
    FeedChange feedChange;
    try {
      feedChange = FeedChange.decode(change.body());
    } catch (RuntimeException e) {
      return; // skipped when first read too
    }
    if (feedChange instanceof FeedChange.Retracted r) {
      index.locate(r.activity()).ifPresent(retracted::add);
    } else if (feedChange instanceof FeedChange.Reinstated r) {
      index.locate(r.activity()).ifPresent(retracted::remove);
    } else if (feedChange instanceof FeedChange.Engaged e) {
      firstRaw = Math.min(firstRaw, change.sequence());
      java.util.OptionalLong ref = index.locate(e.activity());
      if (ref.isPresent() && !retracted.contains(ref.getAsLong())) {
        profile(e, ref.getAsLong());
      }
    } else if (feedChange instanceof FeedChange.Interested i) {
      interested(i);
    }
  }

  /**
   * An erasure: the index and profiles name the pseudonym where they named the member, and every
   * follower derives itself again from its topic, which the erasure rewrote, up to this change.
   */
  private void erase(Change change) {
    org.copkit.core.shared.ErasureChange erased;
    try {
      erased = org.copkit.core.shared.ErasureChange.decode(change.body());
    } catch (RuntimeException e) {
      LOG.error("Skipped change {} of the log: it is not an erasure this version reads ({})", change.sequence(), e.toString());
      return;
    }
    java.util.function.Predicate<org.copkit.api.shared.MemberId> member = erased.matcher();
    index.renameAuthor(member, erased.pseudonym());
    profiles.rename(member, erased.pseudonym());
    if (!caughtUp) {
      return; // rebuilding from the start: the followers have read the rewritten log already
    }
    for (org.copkit.core.shared.ChangeFollower follower : followers.values()) {
      try {
        follower.rederive(() -> replay(follower, change.sequence()));
      } catch (RuntimeException e) {
        LOG.error("The reader of topic {} could not derive itself again after erasure {}: {}", follower.topic(),
            change.sequence(), e.toString());
        throw e;
      }
    }
  }

  /** Hands a follower every change of its topic before {@code until}, in order. */
  private void replay(org.copkit.core.shared.ChangeFollower follower, long until) {
    eachBefore(follower.topic(), until, earlier -> {
      try {
        follower.apply(earlier);
      } catch (RuntimeException e) {
        LOG.error("Skipped change {} of the log (topic {}): {}", earlier.sequence(), earlier.topic(), e.toString());
      }
    });
  }

  /** Hands over every change of a topic before {@code until}, in order, reading the log from its start. */
  private void eachBefore(String topic, long until, java.util.function.Consumer<Change> action) {
    long last = 0;
    while (last < until) {
      List<Change> batch = read(last);
      if (batch.isEmpty()) {
        return;
      }
      for (Change earlier : batch) {
        if (earlier.sequence() >= until) {
          return;
        }
        if (earlier.topic().equals(topic)) {
          action.accept(earlier);
        }
      }
      last = batch.get(batch.size() - 1).sequence();
    }
  }

  /** Declared interests replace the member's. */
  private void interested(FeedChange.Interested i) {
    long declared = index.tagMask(i.tags());
    profiles.update(i.actor(), profile -> profile.withInterests(declared));
  }

  /** What an interaction does to its actor's profile: a seen mark, or an affinity with the author. */
  private void profile(FeedChange.Engaged e, long ref) {
    if (e.kind() == Interaction.Kind.SEEN) {
      profiles.update(e.actor(), profile -> profile.withSeen(ref, seenLimit));
      return;
    }
    Segment segment = index.segment(ref);
    Block.Columns columns = index.columns(ref);
    int slot = ActivityIndex.slot(ref);
    int author = columns.author[slot];
    if (!index.author(author).equals(e.actor())) {
      long answered = e.kind() == Interaction.Kind.ANSWERED ? columns.tags[slot] : 0;
      profiles.update(e.actor(), profile -> profile.withEngagement(author, segment.ordinal, answered));
    }
  }

  /**
   * Catches up every interval on a shared daemon thread until {@link #stop()}, or until this
   * object is no longer reachable (a platform dropped without being closed); and, between polls,
   * whenever the log {@linkplain ChangeLog#subscribe wakes} it (another node committed changes).
   */
  synchronized void start(Duration interval) {
    stop();
    long millis = Math.max(1, interval.toMillis());
    staleAfterNanos = Math.max(TimeUnit.SECONDS.toNanos(5), TimeUnit.MILLISECONDS.toNanos(10 * millis));
    WeakReference<FeedSync> self = new WeakReference<>(this);
    polling = POLLER.scheduleWithFixedDelay(() -> {
      FeedSync sync = self.get();
      if (sync == null) {
        throw new IllegalStateException("the platform is gone"); // cancels this task
      }
      sync.catchUpOrStayStale();
    }, millis, millis, TimeUnit.MILLISECONDS);
    // The log holds the listener for as long as the storage lives: it must not hold this node.
    wakeUps = log.subscribe(committed -> {
      FeedSync sync = self.get();
      if (sync != null && committed > sync.applied && sync.wakeUpQueued.compareAndSet(false, true)) {
        POLLER.execute(() -> {
          sync.wakeUpQueued.set(false);
          sync.catchUpOrStayStale();
        });
      }
    });
  }

  private void catchUpOrStayStale() {
    try {
      catchUp();
    } catch (RuntimeException e) {
      // reported by catchUp; the node stays stale and tries again at the next interval
    }
  }

  /** Stops polling; a stopped node is stale (by time) once it falls behind. */
  synchronized void stop() {
    if (polling != null) {
      polling.cancel(false);
      polling = null;
    }
    if (wakeUps != null) {
      wakeUps.close();
      wakeUps = null;
    }
  }
}
