package org.copkit.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CoPKit's health, the same on Spring Boot 3 and 4: DOWN when this node has not caught up with the
 * change log for longer than {@code copkit.health.catch-up-lag-threshold} (its feed is stale), or
 * when the oldest undelivered outbox message is older than {@code copkit.health.outbox-lag-threshold}
 * (no relay is delivering). The details give both lags in milliseconds and the last catch-up error.
 */
final class CopKitHealth {

  /** One check's outcome. */
  record Check(boolean up, Map<String, Object> details) {}

  private final CopKitMonitor monitor;
  private final CopKitProperties.Health thresholds;

  CopKitHealth(CopKitMonitor monitor, CopKitProperties.Health thresholds) {
    this.monitor = monitor;
    this.thresholds = thresholds;
  }

  Check check() {
    Map<String, Object> details = new LinkedHashMap<>();
    boolean up = true;
    Duration catchUpLag = monitor.catchUpLag();
    details.put("catchUpLagMillis", catchUpLag.toMillis());
    if (catchUpLag.compareTo(thresholds.getCatchUpLagThreshold()) > 0) {
      up = false;
      details.put("catchUp", "no catch-up with the change log for " + catchUpLag.toMillis() + " ms, above the threshold of "
          + thresholds.getCatchUpLagThreshold().toMillis() + " ms");
    }
    monitor.catchUpError().ifPresent(error -> details.put("lastCatchUpError", error));
    if (monitor.hasOutbox()) {
      monitor.outboxLag().ifPresent(lag -> details.put("outboxLagMillis", lag.toMillis()));
      if (monitor.outboxLag().filter(lag -> lag.compareTo(thresholds.getOutboxLagThreshold()) > 0).isPresent()) {
        up = false;
        details.put("outbox", "the oldest undelivered outbox message is older than "
            + thresholds.getOutboxLagThreshold().toMillis() + " ms");
      }
    }
    monitor.moderationQueueSize().ifPresent(size -> details.put("moderationQueueSize", size));
    return new Check(up, details);
  }
}
