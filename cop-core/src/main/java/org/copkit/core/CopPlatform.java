package org.copkit.core;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.copkit.api.analytics.ParticipationReports;
import org.copkit.api.analytics.ParticipationThresholds;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.competence.CompetenceCatalogue;
import org.copkit.api.competence.CompetenceFramework;
import org.copkit.api.competence.spi.FrameworkProvider;
import org.copkit.api.community.CommunityQueries;
import org.copkit.api.community.Joining;
import org.copkit.api.community.MemberAdministration;
import org.copkit.api.discussion.DiscussionQueries;
import org.copkit.api.discussion.Discussions;
import org.copkit.api.feed.ActivityPublishing;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.moderation.Moderation;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationQueries;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.notification.Notifications;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.analytics.ActivityClassifiers;
import org.copkit.core.analytics.AnalyticsAssembly;
import org.copkit.core.community.CommunityAssembly;
import org.copkit.core.competence.CompetenceAssembly;
import org.copkit.core.discussion.DiscussionAssembly;
import org.copkit.core.feed.FeedAssembly;
import org.copkit.core.memory.InMemoryEventLog;
import org.copkit.core.memory.InMemoryNotifications;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.core.moderation.ModerationAssembly;
import org.copkit.core.shared.Providers;
import org.copkit.core.shared.Wiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

  private static final Logger LOG = LoggerFactory.getLogger(CopPlatform.class);

  /** The longest dormancy period the builder accepts, in days (ten years). */
  public static final int MAX_DORMANCY_AFTER_DAYS = 3650;

  private final CommunityAssembly communities;
  private final Discussions discussions;
  private final DiscussionQueries discussionQueries;
  private final ModerationAssembly moderation;
  private final FeedAssembly feed;
  private final AnalyticsAssembly analytics;
  private final CompetenceAssembly competences;

  private CopPlatform(Builder builder) {
    Wiring wiring = new Wiring(builder.storage, builder.directory, builder.events, builder.notifications, builder.clock);
    ActivityClassifiers classifiers = ActivityClassifiers.of(builder.activityClassifiers());
    this.communities = CommunityAssembly.create(wiring, builder.autoActivate, builder.dormancyAfter);
    this.feed = FeedAssembly.create(wiring, builder.feedSettings, builder.rankingSignals());
    DiscussionAssembly talk = DiscussionAssembly.create(wiring, communities.gate(), feed.changes(), classifiers);
    this.moderation = ModerationAssembly.create(
        wiring, builder.moderationDefaults, builder.moderationRules(), communities.gate(), talk.postActions());
    this.discussions = talk.discussions(moderation.gate());
    this.discussionQueries = talk.queries();
    this.analytics = AnalyticsAssembly.create(wiring, builder.participationThresholds, builder.reportingZone,
        builder.dormancyAfter, communities.gate(), classifiers);
    this.competences = CompetenceAssembly.create(wiring, List.copyOf(builder.registeredFrameworks),
        builder.discoverFrameworks ? Providers.load(FrameworkProvider.class) : List.of(), communities.gate());
  }

  /**
   * @return a builder with the defaults: in-memory storage, the storage's event publisher, in-memory
   *     notifications, the system clock
   */
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

  /** @return threads, posts, reactions and accepted answers */
  public Discussions discussions() {
    return discussions;
  }

  /** @return reading threads and posts */
  public DiscussionQueries discussionQueries() {
    return discussionQueries;
  }

  /** @return flags, review decisions, mutes and moderation settings */
  public Moderation moderation() {
    return moderation.moderation();
  }

  /** @return review queues and what moderators read */
  public ModerationQueries moderationQueries() {
    return moderation.queries();
  }

  /** @return each member's ranked activity feed */
  public Feed feed() {
    return feed.feed();
  }

  /** @return where activities and interactions enter the feed */
  public ActivityPublishing activities() {
    return feed.publishing();
  }

  /** @return participation analytics and community health */
  public ParticipationReports participationReports() {
    return analytics.reports();
  }

  /** @return the competence frameworks: DigComp 2.2 and the host's */
  public CompetenceCatalogue competences() {
    return competences.catalogue();
  }

  /**
   * Configures a {@link CopPlatform}. Every setter checks its argument at once and names what it
   * rejected; {@link #build()} checks that the directory was given.
   */
  public static final class Builder {

    /** The longest name of a moderation rule, as {@code PostOutcome.Rejected} accepts it. */
    private static final int RULE_NAME_LENGTH = 100;

    private CopStorage storage;
    private Directory directory;
    private EventPublisher events;
    private Notifications notifications;
    private Clock clock = Clock.systemUTC();
    private boolean autoActivate = true;
    private Duration dormancyAfter = Duration.ofDays(90);
    private ModerationPolicy moderationDefaults = ModerationPolicy.DEFAULT;
    private final List<ModerationRule> registeredRules = new ArrayList<>();
    private boolean builtInRules = true;
    private boolean discoverRules = true;
    private FeedSettings feedSettings = FeedSettings.defaults();
    private final List<RankingSignal> registeredSignals = new ArrayList<>();
    private boolean discoverSignals = true;
    private ParticipationThresholds participationThresholds = ParticipationThresholds.DEFAULT;
    private ZoneId reportingZone = ZoneOffset.UTC;
    private final List<ActivityClassifier> registeredClassifiers = new ArrayList<>();
    private boolean discoverClassifiers = true;
    private final List<CompetenceFramework> registeredFrameworks = new ArrayList<>();
    private boolean discoverFrameworks = true;

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
     * Where domain events go. Default: the storage's own publisher, {@link
     * CopStorage#eventPublisher()}: the JPA adapter's outbox, which commits events with the change,
     * or the in-memory storage's bounded {@link InMemoryEventLog}. Give one only to send events
     * elsewhere.
     *
     * @param events the publisher
     * @return this builder
     */
    public Builder eventPublisher(EventPublisher events) {
      this.events = required("eventPublisher", events);
      return this;
    }

    /**
     * Where notifications for people go (mentions, moderation decisions, sanctions). Default: a new
     * {@link InMemoryNotifications}, which keeps only the latest ones: hosts give their own delivery.
     *
     * @param notifications the host's delivery
     * @return this builder
     */
    public Builder notifications(Notifications notifications) {
      this.notifications = required("notifications", notifications);
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
     * @param period a positive duration of at most {@value CopPlatform#MAX_DORMANCY_AFTER_DAYS} days
     * @return this builder
     */
    public Builder dormancyAfter(Duration period) {
      required("dormancyAfter", period);
      if (period.isNegative() || period.isZero()) {
        throw new InvalidInputException("dormancyAfter", "must be positive, was " + period);
      }
      if (period.compareTo(Duration.ofDays(MAX_DORMANCY_AFTER_DAYS)) > 0) {
        throw new InvalidInputException(
            "dormancyAfter", "must be at most " + MAX_DORMANCY_AFTER_DAYS + " days, was " + period);
      }
      this.dormancyAfter = period;
      return this;
    }

    /**
     * The moderation settings of communities that have none of their own. Default: {@link
     * ModerationPolicy#DEFAULT}.
     *
     * @param policy the settings
     * @return this builder
     */
    public Builder moderationDefaults(ModerationPolicy policy) {
      this.moderationDefaults = required("moderationDefaults", policy);
      return this;
    }

    /**
     * Adds a moderation rule. Every post passes the built-in rules ({@link
     * BuiltInRules#defaults()}), then the registered ones in the order registered, then those
     * discovered.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder moderationRule(ModerationRule rule) {
      required("moderationRule", rule);
      String problem = ruleNameProblem(rule);
      if (problem != null) {
        throw new InvalidInputException("moderationRule", problem);
      }
      registeredRules.add(rule);
      return this;
    }

    /**
     * Whether to run the built-in rules ({@link BuiltInRules#defaults()}). Default: true.
     *
     * @param enabled false to run only the registered and discovered rules
     * @return this builder
     */
    public Builder builtInModerationRules(boolean enabled) {
      this.builtInRules = enabled;
      return this;
    }

    /**
     * Whether to look for moderation rules with {@link ServiceLoader}, on the class path and the
     * module path. A provider that cannot be loaded is reported and skipped. Default: true.
     *
     * @param enabled false to run only the built-in and registered rules
     * @return this builder
     */
    public Builder discoverModerationRules(boolean enabled) {
      this.discoverRules = enabled;
      return this;
    }

    /**
     * The feed's weights and half-lives. Default: {@link FeedSettings#defaults()}.
     *
     * @param settings the settings
     * @return this builder
     */
    public Builder feedSettings(FeedSettings settings) {
      this.feedSettings = required("feedSettings", settings);
      return this;
    }

    /**
     * Adds a ranking signal. The feed weighs the built-in signals, then the registered ones in the
     * order registered, then those discovered; a signal whose name is invalid or taken is reported
     * and skipped.
     *
     * @param signal the signal
     * @return this builder
     */
    public Builder rankingSignal(RankingSignal signal) {
      registeredSignals.add(required("rankingSignal", signal));
      return this;
    }

    /**
     * Whether to look for ranking signals with {@link ServiceLoader}, on the class path and the
     * module path. A provider that cannot be loaded is reported and skipped. Default: true.
     *
     * @param enabled false to weigh only the built-in and registered signals
     * @return this builder
     */
    public Builder discoverRankingSignals(boolean enabled) {
      this.discoverSignals = enabled;
      return this;
    }

    /**
     * The bounds of the 1-9-90 split in participation reports. Default: {@link
     * ParticipationThresholds#DEFAULT} (heavy from 10 contributions).
     *
     * @param thresholds the bounds
     * @return this builder
     */
    public Builder participationThresholds(ParticipationThresholds thresholds) {
      this.participationThresholds = required("participationThresholds", thresholds);
      return this;
    }

    /**
     * The time zone in which the weeks and months of participation reports start. Default: UTC.
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder reportingZone(ZoneId zone) {
      this.reportingZone = required("reportingZone", zone);
      return this;
    }

    /**
     * Adds an activity classifier. Reports ask the registered classifiers in the order registered,
     * then those discovered, then the built-in one; the first answer wins.
     *
     * @param classifier the classifier
     * @return this builder
     */
    public Builder activityClassifier(ActivityClassifier classifier) {
      registeredClassifiers.add(required("activityClassifier", classifier));
      return this;
    }

    /**
     * Whether to look for activity classifiers with {@link ServiceLoader}, on the class path and the
     * module path. A provider that cannot be loaded is reported and skipped. Default: true.
     *
     * @param enabled false to ask only the registered classifiers and the built-in one
     * @return this builder
     */
    public Builder discoverActivityClassifiers(boolean enabled) {
      this.discoverClassifiers = enabled;
      return this;
    }

    /**
     * Adds a competence framework of the host's, beside DigComp 2.2 which is always there. One whose
     * identifier and version are already known is reported and skipped.
     *
     * @param framework the framework
     * @return this builder
     */
    public Builder competenceFramework(CompetenceFramework framework) {
      registeredFrameworks.add(required("competenceFramework", framework));
      return this;
    }

    /**
     * Whether to look for competence framework providers with {@link ServiceLoader}. A provider that
     * cannot be loaded or throws is reported and skipped. Default: true.
     *
     * @param enabled false to know only DigComp 2.2 and the registered frameworks
     * @return this builder
     */
    public Builder discoverCompetenceFrameworks(boolean enabled) {
      this.discoverFrameworks = enabled;
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
        events = required("storage.eventPublisher()", storage.eventPublisher());
      }
      if (notifications == null) {
        notifications = new InMemoryNotifications();
      }
      return new CopPlatform(this);
    }

    private List<ModerationRule> moderationRules() {
      List<ModerationRule> rules = new ArrayList<>();
      if (builtInRules) {
        rules.addAll(BuiltInRules.defaults());
      }
      List<ModerationRule> all = registeredThenDiscovered(rules, registeredRules, discoverRules, ModerationRule.class);
      return all.stream().filter(Builder::wellNamed).toList();
    }

    /**
     * A rule's name is what a refused author is shown ({@code PostOutcome.Rejected.rule()}), so it
     * must be a valid name; a discovered rule whose name is not is reported and skipped.
     */
    private static boolean wellNamed(ModerationRule rule) {
      String problem = ruleNameProblem(rule);
      if (problem != null) {
        LOG.warn("Skipped a discovered moderation rule: {}", problem);
      }
      return problem == null;
    }

    /** @return why the rule's name cannot be shown to an author, or null when it can */
    private static String ruleNameProblem(ModerationRule rule) {
      try {
        Validation.name("name", rule.name(), RULE_NAME_LENGTH);
        return null;
      } catch (RuntimeException e) {
        return rule.getClass().getName() + " has no usable name (" + e.getMessage()
            + "): a rule's name is shown to the authors it refuses";
      }
    }

    private List<RankingSignal> rankingSignals() {
      return registeredThenDiscovered(new ArrayList<>(), registeredSignals, discoverSignals, RankingSignal.class);
    }

    private List<ActivityClassifier> activityClassifiers() {
      return registeredThenDiscovered(
          new ArrayList<>(), registeredClassifiers, discoverClassifiers, ActivityClassifier.class);
    }

    private static <T> List<T> registeredThenDiscovered(
        List<T> providers, List<T> registered, boolean discover, Class<T> service) {
      providers.addAll(registered);
      if (discover) {
        providers.addAll(Providers.load(service));
      }
      return List.copyOf(providers);
    }

    private static <T> T required(String field, T value) {
      if (value == null) {
        throw new InvalidInputException(field, "is required, was null");
      }
      return value;
    }
  }
}
