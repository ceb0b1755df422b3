package org.copkit.core.notification;

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
 * Retention of held notices (kind {@value #KIND}): a notice held for a digest names its recipient
 * and, in its subject, often another member ("laia mentioned you in …"). Once older than the
 * period it is rewritten in the change log to an {@link NoticeChange.Expired} that names nobody.
 * Every node's {@link HeldNotices} stops telling notices of that age whether or not the sweep ran,
 * so running nodes and nodes started afterwards agree.
 *
 * <p>A held notice carries when it was held, so no mark is needed: each sweep reads the {@value
 * NoticeChange#TOPIC} topic from where the previous one stopped (the oldest notice it kept, or the
 * end of what it read), in units of work of {@value ChangeLog#MAX_BATCH} changes read, and records
 * where it stopped ({@link NoticeChange.Swept}, claimed under {@code notice-swept:<UTC day>}: a
 * second sweep the same day starts from the first's and records nothing more).
 */
final class NoticeRetention implements PlatformRetention {

  /** The kind's name, as the builder's {@code retention} takes it. */
  static final String KIND = "held-notice";
  /** How many days back the last sweep's progress is looked for. */
  static final int LOOKBACK_DAYS = 400;

  private final CopStorage storage;
  private final UnitOfWork unitOfWork;

  NoticeRetention(CopStorage storage) {
    this.storage = storage;
    this.unitOfWork = new UnitOfWork(storage.transactions());
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public long sweep(Instant before, Instant now) {
    LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
    long start = unitOfWork.read(() -> start(today));
    long[] kept = {Long.MAX_VALUE};
    long last = start;
    long expired = 0;
    while (true) {
      long after = last;
      long[] count = {0};
      long read = unitOfWork.run(() -> {
        List<Change> batch = storage.changeLog().after(after, ChangeLog.MAX_BATCH);
        List<ChangeLog.Rewrite> rewrites = new ArrayList<>();
        for (Change change : batch) {
          if (!change.topic().equals(NoticeChange.TOPIC)) {
            continue;
          }
          NoticeChange notice;
          try {
            notice = NoticeChange.decode(change.body());
          } catch (RuntimeException e) {
            continue; // not a change this version reads
          }
          if (notice instanceof NoticeChange.Held held) {
            if (held.at().isBefore(before)) {
              rewrites.add(new ChangeLog.Rewrite(change.sequence(), change.key(),
                  new NoticeChange.Expired(held.at()).encode()));
            } else {
              kept[0] = Math.min(kept[0], change.sequence());
            }
          }
        }
        storage.changeLog().rewrite(rewrites);
        count[0] = rewrites.size();
        return batch.isEmpty() ? -1L : batch.get(batch.size() - 1).sequence();
      });
      expired += count[0];
      if (read < 0) {
        break;
      }
      last = read;
    }
    long upTo = kept[0] == Long.MAX_VALUE ? last : kept[0] - 1;
    unitOfWork.run(() -> storage.changeLog().appendClaiming(NoticeChange.TOPIC, "notice-swept:" + today,
        new NoticeChange.Swept(upTo).encode()));
    return expired;
  }

  /** @return the sequence after which the last sweep left notices to look at again; 0 at first */
  private long start(LocalDate today) {
    for (int back = 0; back <= LOOKBACK_DAYS; back++) {
      Optional<Change> swept = storage.changeLog().claimed("notice-swept:" + today.minusDays(back));
      if (swept.isPresent() && NoticeChange.decode(swept.get().body()) instanceof NoticeChange.Swept w) {
        return w.upTo();
      }
    }
    return 0;
  }
}
