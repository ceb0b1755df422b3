package org.copkit.core.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.copkit.api.shared.MemberId;
import org.copkit.api.storage.Change;
import org.copkit.core.shared.ChangeFollower;

/**
 * The notices held for each member's digests, derived from the change log's {@value
 * NoticeChange#TOPIC} topic: a cache every node rebuilds when it starts and keeps current with the
 * log, like the questions routed to each member. A digest reads those of its window, so consecutive
 * windows tell each notice once. A notice held longer than {@link #KEPT} is forgotten (no digest
 * reaches that far back but a member's first after a long absence).
 */
final class HeldNotices implements ChangeFollower {

  /** How long a notice is kept for a digest. */
  static final Duration KEPT = Duration.ofDays(35);

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<MemberId, List<NoticeChange.Held>> held = new HashMap<>();
  private final java.time.Clock clock;
  private final java.util.Optional<Duration> retention;

  /**
   * @param clock the platform's clock
   * @param retention how long the host keeps notices ({@value NoticeRetention#KIND}), if it said:
   *     older ones are not told, on this node as on a node whose log the sweep rewrote
   */
  HeldNotices(java.time.Clock clock, java.util.Optional<Duration> retention) {
    this.clock = clock;
    this.retention = retention;
  }

  @Override
  public String topic() {
    return NoticeChange.TOPIC;
  }

  @Override
  public void apply(Change change) {
    if (!(NoticeChange.decode(change.body()) instanceof NoticeChange.Held notice)) {
      return; // expired, or a sweep's progress
    }
    lock.writeLock().lock();
    try {
      List<NoticeChange.Held> list = held.computeIfAbsent(notice.recipient(), key -> new ArrayList<>());
      int at = list.size();
      while (at > 0 && list.get(at - 1).at().isAfter(notice.at())) {
        at--;
      }
      list.add(at, notice);
      Instant forgotten = notice.at().minus(KEPT);
      list.removeIf(n -> n.at().isBefore(forgotten));
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void rederive(Runnable replay) {
    lock.writeLock().lock();
    try {
      held.clear();
      replay.run();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * @param member a member
   * @param channels some of their channels
   * @param from the first instant
   * @param to the instant after the last
   * @return the notices held for them on any of those channels in {@code [from, to)}, oldest first,
   *     none older than the retention of notices
   */
  List<NoticeChange.Held> heldFor(MemberId member, Set<String> channels, Instant from, Instant to) {
    Instant kept = retention.map(period -> clock.instant().minus(period)).orElse(Instant.MIN);
    lock.readLock().lock();
    try {
      List<NoticeChange.Held> found = new ArrayList<>();
      for (NoticeChange.Held notice : held.getOrDefault(member, List.of())) {
        if (!notice.at().isBefore(from) && notice.at().isBefore(to) && !notice.at().isBefore(kept)
            && !Collections.disjoint(notice.channels(), channels)) {
          found.add(notice);
        }
      }
      return found;
    } finally {
      lock.readLock().unlock();
    }
  }
}
