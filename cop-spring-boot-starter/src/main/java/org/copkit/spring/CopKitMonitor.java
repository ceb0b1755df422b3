package org.copkit.spring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.copkit.api.community.Community;
import org.copkit.api.community.port.CommunityFilter;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.CopPlatform;
import org.copkit.jpa.JpaOutbox;
import org.copkit.jpa.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the meters and the health indicator read: the watched catch-up (timed, with the time of the
 * last success) and samples of the outbox and of the moderation queues, taken on the starter's
 * scheduler so that neither a scrape nor a health probe queries the database.
 */
final class CopKitMonitor {

  private static final Logger LOG = LoggerFactory.getLogger(CopKitMonitor.class);

  /** The most pending items read per community to find the oldest one (the queue is not in age order). */
  static final int MAX_PAGES_PER_COMMUNITY = 10;

  private final CopPlatform platform;
  private final Optional<CopStorage> storage;
  private final Optional<JpaOutbox> outbox;
  private final Clock clock;
  private final Instant started;

  private volatile Instant lastCatchUp;
  private volatile String catchUpError;
  private final AtomicLong catchUpFailures = new AtomicLong();
  private volatile DurationListener catchUpTimer = duration -> {};

  private volatile Instant oldestUndelivered;
  private volatile boolean outboxSampled;
  private volatile long moderationQueueSize;
  private volatile Instant oldestOpenItem;
  private volatile boolean moderationSampled;

  /** Receives how long each watched catch-up took. */
  @FunctionalInterface
  interface DurationListener {
    void took(Duration duration);
  }

  CopKitMonitor(CopPlatform platform, Optional<CopStorage> storage, Optional<JpaOutbox> outbox, Clock clock) {
    this.platform = platform;
    this.storage = storage;
    this.outbox = outbox;
    this.clock = clock;
    this.started = clock.instant();
  }

  void onCatchUp(DurationListener listener) {
    this.catchUpTimer = listener;
  }

  /** Catches the platform up with the change log now, timing it and dating it when it succeeds. */
  void catchUp() {
    long start = System.nanoTime();
    try {
      platform.catchUp();
      lastCatchUp = clock.instant();
      catchUpError = null;
    } catch (RuntimeException e) {
      catchUpFailures.incrementAndGet();
      catchUpError = e.toString();
      LOG.warn("CoPKit could not catch up with the change log: {}", e.toString());
    } finally {
      catchUpTimer.took(Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Samples the outbox (its oldest undelivered message) and the moderation queues. */
  void sample() {
    outbox.ifPresent(this::sampleOutbox);
    storage.ifPresent(this::sampleModeration);
  }

  private void sampleOutbox(JpaOutbox box) {
    try {
      List<OutboxMessage> oldest = box.fetchUnpublished(1);
      oldestUndelivered = oldest.isEmpty() ? null : oldest.get(0).occurredAt();
      outboxSampled = true;
    } catch (RuntimeException e) {
      LOG.warn("CoPKit could not read its outbox: {}", e.toString());
    }
  }

  private void sampleModeration(CopStorage store) {
    try {
      long[] size = {0};
      Instant[] oldest = {null};
      store.transactions().inTransaction(() -> {
        PageRequest communities = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
          Page<Community> page = store.communities().search(CommunityFilter.everything(), communities);
          for (Community community : page.items()) {
            PageRequest items = PageRequest.first(PageRequest.MAX_SIZE);
            for (int read = 0; read < MAX_PAGES_PER_COMMUNITY; read++) {
              Page<ReviewItem> pending = store.reviewItems().pending(community.id(), items);
              if (read == 0) {
                size[0] += pending.total();
              }
              pending.items().forEach(item -> oldest[0] = older(oldest[0], item.openedAt()));
              if (!hasMore(pending)) {
                break;
              }
              items = items.next();
            }
          }
          if (!hasMore(page)) {
            break;
          }
          communities = communities.next();
        }
        Page<ReviewItem> escalated = store.reviewItems().escalated(PageRequest.first(1));
        size[0] += escalated.total();
        escalated.items().forEach(item -> oldest[0] = older(oldest[0], item.openedAt()));
        return null;
      });
      moderationQueueSize = size[0];
      oldestOpenItem = oldest[0];
      moderationSampled = true;
    } catch (RuntimeException e) {
      LOG.warn("CoPKit could not read its moderation queues: {}", e.toString());
    }
  }

  private static boolean hasMore(Page<?> page) {
    return (long) (page.request().page() + 1) * page.request().size() < page.total();
  }

  private static Instant older(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  /** @return the time since the last successful catch-up (or since start, before the first) */
  Duration catchUpLag() {
    Instant last = lastCatchUp;
    return nonNegative(Duration.between(last == null ? started : last, clock.instant()));
  }

  /** @return the last catch-up's failure, if it failed */
  Optional<String> catchUpError() {
    return Optional.ofNullable(catchUpError);
  }

  long catchUpFailures() {
    return catchUpFailures.get();
  }

  /** @return whether there is an outbox to watch */
  boolean hasOutbox() {
    return outbox.isPresent();
  }

  /** @return the age of the oldest message not yet delivered, zero when none, empty before the first sample */
  Optional<Duration> outboxLag() {
    if (!outboxSampled) {
      return Optional.empty();
    }
    Instant oldest = oldestUndelivered;
    return Optional.of(oldest == null ? Duration.ZERO : nonNegative(Duration.between(oldest, clock.instant())));
  }

  /** @return how many items wait in the review queues (pending and escalated), empty before the first sample */
  Optional<Long> moderationQueueSize() {
    return moderationSampled ? Optional.of(moderationQueueSize) : Optional.empty();
  }

  /** @return the age of the oldest open review item, zero when none, empty before the first sample */
  Optional<Duration> moderationQueueAge() {
    if (!moderationSampled) {
      return Optional.empty();
    }
    Instant oldest = oldestOpenItem;
    return Optional.of(oldest == null ? Duration.ZERO : nonNegative(Duration.between(oldest, clock.instant())));
  }

  CopPlatform platform() {
    return platform;
  }

  private static Duration nonNegative(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
