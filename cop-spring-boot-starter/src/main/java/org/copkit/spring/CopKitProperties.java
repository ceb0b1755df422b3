package org.copkit.spring;

import java.time.Duration;
import org.copkit.core.CopPlatform;
import org.copkit.jpa.JpaOutbox;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * CoPKit's settings under {@code copkit.*}. Every value has a working default; a value out of range
 * stops the start-up with a message naming the property and its range.
 *
 * <pre>
 * copkit.feed.catch-up-interval=500ms
 * copkit.outbox.relay.interval=1s
 * copkit.health.outbox-lag-threshold=5m
 * </pre>
 */
@ConfigurationProperties(prefix = "copkit")
public class CopKitProperties implements Validator {

  private final Jpa jpa = new Jpa();
  private final Feed feed = new Feed();
  private final CatchUp catchUp = new CatchUp();
  private final Outbox outbox = new Outbox();
  private final Monitor monitor = new Monitor();
  private final Health health = new Health();

  /** Whether communities are activated as soon as they are created, without an administrator. */
  private boolean autoActivate = true;

  /** How long a community may go without activity before it is reported dormant (1 day to 10 years). */
  private Duration dormancyAfter = Duration.ofDays(90);

  /** @return the JPA storage's settings */
  public Jpa getJpa() {
    return jpa;
  }

  /** @return the feed's settings */
  public Feed getFeed() {
    return feed;
  }

  /** @return the scheduled catch-up's settings */
  public CatchUp getCatchUp() {
    return catchUp;
  }

  /** @return the outbox relay's settings */
  public Outbox getOutbox() {
    return outbox;
  }

  /** @return how often the monitor samples the database */
  public Monitor getMonitor() {
    return monitor;
  }

  /** @return the health indicator's thresholds */
  public Health getHealth() {
    return health;
  }

  /** @return whether new communities start ACTIVE */
  public boolean isAutoActivate() {
    return autoActivate;
  }

  /** @param autoActivate whether new communities start ACTIVE */
  public void setAutoActivate(boolean autoActivate) {
    this.autoActivate = autoActivate;
  }

  /** @return the dormancy period */
  public Duration getDormancyAfter() {
    return dormancyAfter;
  }

  /** @param dormancyAfter the dormancy period */
  public void setDormancyAfter(Duration dormancyAfter) {
    this.dormancyAfter = dormancyAfter;
  }

  /** Validates itself: Spring Boot calls this once the properties are bound. */
  @Override
  public boolean supports(Class<?> type) {
    return CopKitProperties.class.isAssignableFrom(type);
  }

  /** Rejects each value out of its range, naming the property and the range. */
  @Override
  public void validate(Object target, Errors errors) {
    CopKitProperties p = (CopKitProperties) target;
    between(errors, "dormancyAfter", "copkit.dormancy-after", p.dormancyAfter, Duration.ofDays(1),
        Duration.ofDays(CopPlatform.MAX_DORMANCY_AFTER_DAYS));
    between(errors, "feed.catchUpInterval", "copkit.feed.catch-up-interval", p.feed.catchUpInterval,
        Duration.ofMillis(1), Duration.ofSeconds(CopPlatform.MAX_CATCH_UP_SECONDS));
    if (p.feed.seenLimit < 1 || p.feed.seenLimit > 100_000) {
      errors.rejectValue("feed.seenLimit", "range",
          "copkit.feed.seen-limit must be from 1 to 100000, was " + p.feed.seenLimit);
    }
    between(errors, "catchUp.interval", "copkit.catch-up.interval", p.catchUp.interval,
        Duration.ofMillis(10), Duration.ofMinutes(10));
    between(errors, "outbox.relay.interval", "copkit.outbox.relay.interval", p.outbox.relay.interval,
        Duration.ofMillis(10), Duration.ofHours(1));
    between(errors, "outbox.relay.lease", "copkit.outbox.relay.lease", p.outbox.relay.lease,
        Duration.ofSeconds(1), Duration.ofDays(1));
    if (p.outbox.relay.batchSize < 1 || p.outbox.relay.batchSize > JpaOutbox.MAX_BATCH) {
      errors.rejectValue("outbox.relay.batchSize", "range", "copkit.outbox.relay.batch-size must be from 1 to "
          + JpaOutbox.MAX_BATCH + ", was " + p.outbox.relay.batchSize);
    }
    String name = p.outbox.relay.name;
    if (name != null && (name.isBlank() || name.length() > JpaOutbox.MAX_RELAY_NAME)) {
      errors.rejectValue("outbox.relay.name", "range", "copkit.outbox.relay.name must have 1 to "
          + JpaOutbox.MAX_RELAY_NAME + " characters, not blank");
    }
    between(errors, "monitor.interval", "copkit.monitor.interval", p.monitor.interval,
        Duration.ofMillis(10), Duration.ofHours(1));
    between(errors, "health.outboxLagThreshold", "copkit.health.outbox-lag-threshold", p.health.outboxLagThreshold,
        Duration.ofSeconds(1), Duration.ofDays(7));
    between(errors, "health.catchUpLagThreshold", "copkit.health.catch-up-lag-threshold",
        p.health.catchUpLagThreshold, Duration.ofSeconds(1), Duration.ofDays(7));
  }

  private static void between(Errors errors, String field, String property, Duration value, Duration min, Duration max) {
    if (value == null) {
      errors.rejectValue(field, "required", property + " is required");
    } else if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      errors.rejectValue(field, "range", property + " must be from " + min + " to " + max + ", was " + value);
    }
  }

  /** Where CoPKit keeps its data when the host has a {@code DataSource}. */
  public static class Jpa {

    /**
     * Whether CoPKit keeps its data in the host's DataSource, in its own persistence unit; when false,
     * or without a DataSource, it keeps everything in memory (lost at restart).
     */
    private boolean enabled = true;

    /** Whether CoPKit creates and upgrades its tables with Flyway, history in table cop_schema_history. */
    private boolean migrate = true;

    /**
     * On PostgreSQL, whether this node LISTENs for other nodes' changes, so that its feed catches up at
     * once instead of at its next poll (one connection of the DataSource held).
     */
    private boolean listenForChanges = true;

    /** @return whether this node listens for other nodes' changes on PostgreSQL */
    public boolean isListenForChanges() {
      return listenForChanges;
    }

    /** @param listenForChanges whether this node listens for other nodes' changes on PostgreSQL */
    public void setListenForChanges(boolean listenForChanges) {
      this.listenForChanges = listenForChanges;
    }

    /** @return whether the JPA storage is used */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether the JPA storage is used */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** @return whether CoPKit migrates its schema at start-up */
    public boolean isMigrate() {
      return migrate;
    }

    /** @param migrate whether CoPKit migrates its schema at start-up */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }
  }

  /** The ranked feed. */
  public static class Feed {

    /** How often the feed's own poller reads the change log for other nodes' changes (1ms to 60s). */
    private Duration catchUpInterval = Duration.ofMillis(500);

    /** How many seen activities the feed remembers per member (1 to 100000). */
    private int seenLimit = 1_000;

    /** @return the poller's interval */
    public Duration getCatchUpInterval() {
      return catchUpInterval;
    }

    /** @param catchUpInterval the poller's interval */
    public void setCatchUpInterval(Duration catchUpInterval) {
      this.catchUpInterval = catchUpInterval;
    }

    /** @return the seen limit */
    public int getSeenLimit() {
      return seenLimit;
    }

    /** @param seenLimit the seen limit */
    public void setSeenLimit(int seenLimit) {
      this.seenLimit = seenLimit;
    }
  }

  /** The watched catch-up with the change log, on the starter's scheduler: it times each catch-up and
   * dates the last one that succeeded, for the catch-up lag meter and the health indicator. */
  public static class CatchUp {

    /** Whether the starter runs CopPlatform.catchUp() on a schedule. */
    private boolean enabled = true;

    /** How often (10ms to 10m). */
    private Duration interval = Duration.ofSeconds(1);

    /** @return whether it runs */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether it runs */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** @return how often */
    public Duration getInterval() {
      return interval;
    }

    /** @param interval how often */
    public void setInterval(Duration interval) {
      this.interval = interval;
    }
  }

  /** The transactional outbox of the JPA storage. */
  public static class Outbox {

    private final Relay relay = new Relay();

    /** @return the relay's settings */
    public Relay getRelay() {
      return relay;
    }

    /** The relay that hands the outbox's messages to the host's OutboxDelivery bean (by default, to
     * Spring application events). */
    public static class Relay {

      /** Whether this node runs a relay. */
      private boolean enabled = true;

      /** How often it runs (10ms to 1h). */
      private Duration interval = Duration.ofSeconds(1);

      /** The most messages one run delivers (1 to 1000). */
      private int batchSize = 100;

      /** How long a run's claim holds before another relay may take its batch over (1s to 1d). */
      private Duration lease = Duration.ofMinutes(1);

      /** The relay's name, recorded with its claims; default: the host name. */
      private String name;

      /** @return whether it runs */
      public boolean isEnabled() {
        return enabled;
      }

      /** @param enabled whether it runs */
      public void setEnabled(boolean enabled) {
        this.enabled = enabled;
      }

      /** @return how often */
      public Duration getInterval() {
        return interval;
      }

      /** @param interval how often */
      public void setInterval(Duration interval) {
        this.interval = interval;
      }

      /** @return the batch size */
      public int getBatchSize() {
        return batchSize;
      }

      /** @param batchSize the batch size */
      public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
      }

      /** @return the lease */
      public Duration getLease() {
        return lease;
      }

      /** @param lease the lease */
      public void setLease(Duration lease) {
        this.lease = lease;
      }

      /** @return the name, or null for the host name */
      public String getName() {
        return name;
      }

      /** @param name the name */
      public void setName(String name) {
        this.name = name;
      }
    }
  }

  /** The monitor, which samples the outbox and the moderation queues for the meters and the health. */
  public static class Monitor {

    /** How often it samples (10ms to 1h). */
    private Duration interval = Duration.ofSeconds(15);

    /** @return how often */
    public Duration getInterval() {
      return interval;
    }

    /** @param interval how often */
    public void setInterval(Duration interval) {
      this.interval = interval;
    }
  }

  /** The actuator health indicator {@code copkit}. */
  public static class Health {

    /** Whether the indicator is registered (when the actuator is on the class path). */
    private boolean enabled = true;

    /** The age of the oldest undelivered outbox message above which CoPKit is DOWN (1s to 7d). */
    private Duration outboxLagThreshold = Duration.ofMinutes(5);

    /** The time since the last successful catch-up above which CoPKit is DOWN (1s to 7d). */
    private Duration catchUpLagThreshold = Duration.ofSeconds(30);

    /** @return whether it is registered */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether it is registered */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** @return the outbox threshold */
    public Duration getOutboxLagThreshold() {
      return outboxLagThreshold;
    }

    /** @param outboxLagThreshold the outbox threshold */
    public void setOutboxLagThreshold(Duration outboxLagThreshold) {
      this.outboxLagThreshold = outboxLagThreshold;
    }

    /** @return the catch-up threshold */
    public Duration getCatchUpLagThreshold() {
      return catchUpLagThreshold;
    }

    /** @param catchUpLagThreshold the catch-up threshold */
    public void setCatchUpLagThreshold(Duration catchUpLagThreshold) {
      this.catchUpLagThreshold = catchUpLagThreshold;
    }
  }
}
