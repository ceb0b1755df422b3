package org.copkit.spring;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.copkit.api.shared.AddOnStats;
import org.copkit.core.CopPlatform;

/**
 * CoPKit's meters in the host's registry. Gauges read the {@link CopKitMonitor}'s last samples (NaN
 * before the first one), never the database.
 *
 * <ul>
 *   <li>{@code copkit.feed.latency} (timer, tag {@code operation}: {@code page} or {@code explain});
 *   <li>{@code copkit.search.latency} (timer): one page of search results, facets included;
 *   <li>{@code copkit.moderation.queue.size}, {@code copkit.moderation.queue.age} (seconds);
 *   <li>{@code copkit.outbox.lag} (seconds: the oldest undelivered message), {@code
 *       copkit.outbox.delivered}, {@code copkit.outbox.failures};
 *   <li>{@code copkit.catchup.lag} (seconds since the last successful catch-up), {@code
 *       copkit.catchup.duration} (timer), {@code copkit.catchup.failures};
 *   <li>{@code copkit.addon.calls}, {@code .failures}, {@code .timeouts}, {@code .time} (seconds),
 *       tags {@code kind} and {@code name}: {@link CopPlatform#addOnStats()}.
 * </ul>
 */
final class CopKitMeters {

  private final Timer feedPages;
  private final Timer feedExplanations;
  private final Timer searches;

  CopKitMeters(MeterRegistry registry, CopKitMonitor monitor, Optional<OutboxRelayTask> relay) {
    this.feedPages = Timer.builder("copkit.feed.latency").description("Time to rank one page of a member's feed")
        .tag("operation", "page").register(registry);
    this.feedExplanations = Timer.builder("copkit.feed.latency").description("Time to explain one feed item")
        .tag("operation", "explain").register(registry);
    this.searches = Timer.builder("copkit.search.latency")
        .description("Time to find one page of search results with their facets").register(registry);

    gauge(registry, "copkit.moderation.queue.size", "items", "Review items waiting (pending and escalated)",
        monitor, m -> m.moderationQueueSize().map(Long::doubleValue).orElse(Double.NaN));
    gauge(registry, "copkit.moderation.queue.age", "seconds", "Age of the oldest waiting review item",
        monitor, m -> seconds(m.moderationQueueAge()));

    Timer catchUps = Timer.builder("copkit.catchup.duration").description("Time of one catch-up with the change log")
        .register(registry);
    monitor.onCatchUp(catchUps::record);
    gauge(registry, "copkit.catchup.lag", "seconds", "Time since this node last caught up with the change log",
        monitor, m -> m.catchUpLag().toMillis() / 1000.0);
    FunctionCounter.builder("copkit.catchup.failures", monitor, CopKitMonitor::catchUpFailures)
        .description("Catch-ups with the change log that failed").register(registry);

    if (monitor.hasOutbox()) {
      gauge(registry, "copkit.outbox.lag", "seconds", "Age of the oldest outbox message not yet delivered",
          monitor, m -> seconds(m.outboxLag()));
    }
    relay.ifPresent(task -> {
      FunctionCounter.builder("copkit.outbox.delivered", task, OutboxRelayTask::delivered)
          .description("Outbox messages this node's relay delivered").register(registry);
      FunctionCounter.builder("copkit.outbox.failures", task, OutboxRelayTask::failures)
          .description("Relay runs that failed to deliver").register(registry);
    });

    CopPlatform platform = monitor.platform();
    for (AddOnStats stats : platform.addOnStats()) {
      Tags tags = Tags.of("kind", stats.kind(), "name", stats.name());
      addOnCounter(registry, "copkit.addon.calls", tags, platform, stats, s -> s.calls());
      addOnCounter(registry, "copkit.addon.failures", tags, platform, stats, s -> s.failures());
      addOnCounter(registry, "copkit.addon.timeouts", tags, platform, stats, s -> s.timeouts());
      addOnCounter(registry, "copkit.addon.time", tags, platform, stats, s -> s.timeSpent().toNanos() / 1e9);
    }
  }

  private static void gauge(MeterRegistry registry, String name, String unit, String description,
      CopKitMonitor monitor, ToDoubleFunction<CopKitMonitor> value) {
    Gauge.builder(name, monitor, value).baseUnit(unit).description(description).register(registry);
  }

  private static void addOnCounter(MeterRegistry registry, String name, Tags tags, CopPlatform platform,
      AddOnStats stats, ToDoubleFunction<AddOnStats> value) {
    FunctionCounter.builder(name, platform, p -> p.addOnStats().stream()
            .filter(s -> s.kind().equals(stats.kind()) && s.name().equals(stats.name()))
            .mapToDouble(value).findFirst().orElse(0))
        .tags(tags).register(registry);
  }

  private static double seconds(Optional<Duration> duration) {
    return duration.map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
  }

  Timer feedPages() {
    return feedPages;
  }

  Timer feedExplanations() {
    return feedExplanations;
  }

  Timer searches() {
    return searches;
  }
}
