package org.copkit.core;

import java.time.Clock;
import java.time.Duration;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.CommunityQueries;
import org.copkit.api.community.Joining;
import org.copkit.api.community.MemberAdministration;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.community.CommunityAssembly;
import org.copkit.core.memory.InMemoryEventLog;
import org.copkit.core.memory.InMemoryStorage;

/**
 * The one entry point: a configured CoPKit, from which hosts take the use cases.
 *
 * <pre>{@code
 * CopPlatform platform = CopPlatform.builder()
 *     .directory(myDirectory)            // required: who people are
 *     .storage(JpaStorage.create(emf))   // default: in memory
 *     .build();
 * Community cop = platform.lifecycle().create(ana, new CommunityDetails(
 *     "Mediació penal", "Criminal mediation", "Share cases and practices", Visibility.OPEN));
 * }</pre>
 *
 * <p>Thread-safe; build one per application and share it.
 */
public final class CopPlatform {

  private final CommunityAssembly communities;

  private CopPlatform(Builder builder) {
    this.communities =
        CommunityAssembly.create(
            builder.storage, builder.directory, builder.events, builder.clock, builder.autoActivate,
            builder.dormancyAfter);
  }

  /** @return a builder with the defaults: in-memory storage and events, system clock */
  public static Builder builder() {
    return new Builder();
  }

  /** @return founding communities and moving them through their life */
  public CommunityLifecycle lifecycle() {
    return communities.lifecycle();
  }

  /** @return how people come into a community and leave it */
  public Joining joining() {
    return communities.joining();
  }

  /** @return what e-moderators and administrators do to members */
  public MemberAdministration memberAdministration() {
    return communities.memberAdministration();
  }

  /** @return reading communities and their membership */
  public CommunityQueries communityQueries() {
    return communities.queries();
  }

  /**
   * Configures a {@link CopPlatform}. Every setter checks its argument at once and names what it
   * rejected; {@link #build()} checks that the directory was given.
   */
  public static final class Builder {

    private CopStorage storage;
    private Directory directory;
    private EventPublisher events;
    private Clock clock = Clock.systemUTC();
    private boolean autoActivate = true;
    private Duration dormancyAfter = Duration.ofDays(90);

    private Builder() {}

    /**
     * Where everything is kept. Default: a new {@link InMemoryStorage}.
     *
     * @param storage the storage adapter
     * @return this builder
     */
    public Builder storage(CopStorage storage) {
      this.storage = required("storage", storage);
      return this;
    }

    /**
     * The host's directory of people: who may act, who is an administrator. Required.
     *
     * @param directory the directory
     * @return this builder
     */
    public Builder directory(Directory directory) {
      this.directory = required("directory", directory);
      return this;
    }

    /**
     * Where domain events go. Default: a new {@link InMemoryEventLog}. With the JPA adapter, pass
     * its outbox publisher so events commit with the change.
     *
     * @param events the publisher
     * @return this builder
     */
    public Builder eventPublisher(EventPublisher events) {
      this.events = required("eventPublisher", events);
      return this;
    }

    /**
     * The clock every timestamp comes from. Default: the system clock in UTC.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = required("clock", clock);
      return this;
    }

    /**
     * Whether new communities become ACTIVE at once (the default) or wait PROPOSED for an
     * administrator.
     *
     * @param autoActivate true to activate at once
     * @return this builder
     */
    public Builder autoActivate(boolean autoActivate) {
      this.autoActivate = autoActivate;
      return this;
    }

    /**
     * How long an ACTIVE community may stay without activity before a dormancy sweep puts it to
     * sleep. Default: 90 days.
     *
     * @param period a positive duration
     * @return this builder
     */
    public Builder dormancyAfter(Duration period) {
      required("dormancyAfter", period);
      if (period.isNegative() || period.isZero()) {
        throw new InvalidInputException("dormancyAfter", "must be positive, was " + period);
      }
      this.dormancyAfter = period;
      return this;
    }

    /**
     * Builds the platform.
     *
     * @return the platform
     * @throws InvalidInputException when no directory was given
     */
    public CopPlatform build() {
      if (directory == null) {
        throw new InvalidInputException("directory", "is required: CoPKit needs to know who acts");
      }
      if (storage == null) {
        storage = InMemoryStorage.create();
      }
      if (events == null) {
        events = new InMemoryEventLog();
      }
      return new CopPlatform(this);
    }

    private static <T> T required(String field, T value) {
      if (value == null) {
        throw new InvalidInputException(field, "is required, was null");
      }
      return value;
    }
  }
}
