package org.copkit.core.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copkit.api.storage.Change;
import org.copkit.api.storage.ChangeLog;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.shared.PlatformRetention;
import org.copkit.core.shared.UnitOfWork;

/**
 * Retention of raw interactions (kind {@value #KIND}): who saw, reacted to, replied to or answered
 * what. They live only in the change log, where every node derives its feed from them, so they are
 * not deleted but rewritten: each {@link FeedChange.Engaged} older than the period becomes a
 * {@link FeedChange.Counted}, which still counts in the activity's engagement (rankings stay as
 * they were) but names nobody and shapes no profile (seen marks and affinities of that age are
 * forgotten). A {@link FeedChange.Forgotten} then tells every node that applied any of them as
 * they were to derive its members' profiles afresh, so running nodes and nodes started later agree.
 *
 * <p>Changes carry no time, so each sweep marks the log ({@link FeedChange.Marked}, once per UTC
 * day, claimed under {@code feed-mark:<day>}); a later sweep finds the latest mark older than the
 * period and forgets every interaction before it. The first sweep therefore forgets nothing: what
 * a sweep marks becomes old enough one period later. Each sweep rewrites only what came after the
 * previous one's cutoff (its {@code Forgotten} is claimed under {@code feed-forgotten:<day of the
 * mark>}), in units of work of {@value ChangeLog#MAX_BATCH} changes read; a sweep interrupted
 * halfway is completed by the next. Two nodes sweeping at once rewrite the same changes to the same
 * bodies.
 */
final class FeedRetention implements PlatformRetention {

  /** The kind's name, as the builder's {@code retention} takes it. */
  static final String KIND = "feed-interaction";
  /** How many days before a cutoff marks and earlier cutoffs are looked for. */
  static final int LOOKBACK_DAYS = 400;

  private final CopStorage storage;
  private final UnitOfWork unitOfWork;

  FeedRetention(CopStorage storage) {
    this.storage = storage;
    this.unitOfWork = new UnitOfWork(storage.transactions());
  }

  @Override
  public String kind() {
    return KIND;
  }

  private record Cutoff(LocalDate day, long sequence) {}

  @Override
  public long sweep(Instant before, Instant now) {
    unitOfWork.run(() -> storage.changeLog().appendClaiming(FeedChange.TOPIC, markKey(day(now)),
        new FeedChange.Marked(now).encode()));
    Optional<Cutoff> found = unitOfWork.read(() -> cutoff(before));
    if (found.isEmpty()) {
      return 0;
    }
    Cutoff cutoff = found.get();
    Optional<Long> from = unitOfWork.read(() -> start(cutoff));
    if (from.isEmpty()) {
      return 0; // forgotten up to this mark already
    }
    long forgotten = 0;
    long last = from.get();
    while (last < cutoff.sequence()) {
      long after = last;
      long[] rewritten = {0};
      last = unitOfWork.run(() -> {
        List<Change> batch = storage.changeLog().after(after, ChangeLog.MAX_BATCH);
        List<ChangeLog.Rewrite> rewrites = new ArrayList<>();
        for (Change change : batch) {
          if (change.sequence() < cutoff.sequence() && change.topic().equals(FeedChange.TOPIC)) {
            counted(change).ifPresent(rewrites::add);
          }
        }
        storage.changeLog().rewrite(rewrites);
        rewritten[0] = rewrites.size();
        return batch.isEmpty() ? Long.MAX_VALUE : batch.get(batch.size() - 1).sequence();
      });
      forgotten += rewritten[0];
    }
    unitOfWork.run(() -> storage.changeLog().appendClaiming(FeedChange.TOPIC, forgottenKey(cutoff.day()),
        new FeedChange.Forgotten(cutoff.sequence()).encode()));
    return forgotten;
  }

  /** @return the change as a {@link FeedChange.Counted}, when it is a raw interaction */
  private static Optional<ChangeLog.Rewrite> counted(Change change) {
    FeedChange decoded;
    try {
      decoded = FeedChange.decode(change.body());
    } catch (RuntimeException e) {
      return Optional.empty(); // not a change this version reads
    }
    if (decoded instanceof FeedChange.Engaged e) {
      return Optional.of(new ChangeLog.Rewrite(change.sequence(), change.key(),
          new FeedChange.Counted(e.activity(), e.kind()).encode()));
    }
    return Optional.empty();
  }

  /** The latest mark made before {@code before}, among the days before it. */
  private Optional<Cutoff> cutoff(Instant before) {
    LocalDate day = day(before);
    for (int back = 0; back <= LOOKBACK_DAYS; back++) {
      LocalDate marked = day.minusDays(back);
      Optional<Change> mark = storage.changeLog().claimed(markKey(marked));
      if (mark.isPresent() && FeedChange.decode(mark.get().body()) instanceof FeedChange.Marked m
          && m.at().isBefore(before)) {
        return Optional.of(new Cutoff(marked, mark.get().sequence()));
      }
    }
    return Optional.empty();
  }

  /**
   * @return where the interactions to forget begin: after the latest earlier cutoff (the start of
   *     the log when there is none); empty when this cutoff was reached already
   */
  private Optional<Long> start(Cutoff cutoff) {
    for (int back = 0; back <= LOOKBACK_DAYS; back++) {
      Optional<Change> done = storage.changeLog().claimed(forgottenKey(cutoff.day().minusDays(back)));
      if (done.isPresent() && FeedChange.decode(done.get().body()) instanceof FeedChange.Forgotten f) {
        return back == 0 ? Optional.empty() : Optional.of(f.upTo());
      }
    }
    return Optional.of(0L);
  }

  private static LocalDate day(Instant at) {
    return at.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static String markKey(LocalDate day) {
    return "feed-mark:" + day;
  }

  private static String forgottenKey(LocalDate day) {
    return "feed-forgotten:" + day;
  }
}
