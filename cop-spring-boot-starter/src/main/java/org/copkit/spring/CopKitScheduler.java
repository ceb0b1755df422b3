package org.copkit.spring;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The starter's scheduled work, on two daemon threads of its own: the watched catch-up with the
 * change log, the monitor's samples and this node's outbox relay. Started with the application
 * context, stopped (waiting for a running task) before the platform is closed.
 */
final class CopKitScheduler implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(CopKitScheduler.class);

  private final CopKitMonitor monitor;
  private final CopKitProperties properties;
  private final Optional<OutboxRelayTask> relay;
  private ScheduledExecutorService executor;

  CopKitScheduler(CopKitMonitor monitor, CopKitProperties properties, Optional<OutboxRelayTask> relay) {
    this.monitor = monitor;
    this.properties = properties;
    this.relay = relay;
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    AtomicInteger count = new AtomicInteger();
    executor = Executors.newScheduledThreadPool(2, task -> {
      Thread thread = new Thread(task, "copkit-scheduler-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    if (properties.getCatchUp().isEnabled()) {
      every(properties.getCatchUp().getInterval(), monitor::catchUp, "catch-up");
    }
    every(properties.getMonitor().getInterval(), monitor::sample, "monitor");
    relay.ifPresent(task -> every(properties.getOutbox().getRelay().getInterval(), task, "outbox relay"));
  }

  private void every(Duration interval, Runnable task, String name) {
    long millis = interval.toMillis();
    executor.scheduleWithFixedDelay(() -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        // a task that threw would never run again
        LOG.warn("CoPKit's scheduled {} failed: {}", name, e.toString());
      }
    }, 0, millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
