package org.copkit.core;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import org.copkit.api.learning.Learning;
import org.copkit.api.learning.LearningCalendar;
import org.copkit.api.learning.LearningQueries;
import org.copkit.api.learning.LmsCompletions;
import org.copkit.api.portfolio.Credentials;
import org.copkit.api.portfolio.IssuerProfile;
import org.copkit.api.portfolio.LearningStatements;
import org.copkit.api.portfolio.port.CredentialSigner;
import org.copkit.api.feed.ActivityPublishing;
import org.copkit.api.expertise.ExpertFinding;
import org.copkit.api.expertise.QuestionRouting;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.feed.BuiltInSignal;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.moderation.Moderation;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationQueries;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.RuleFailure;
import org.copkit.api.notification.Notifications;
import org.copkit.api.shared.AddOnContext;
import org.copkit.api.shared.AddOnStats;
import org.copkit.api.shared.BrokenAddOns;
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
import org.copkit.core.expertise.ExpertiseAssembly;
import org.copkit.core.feed.FeedAssembly;
import org.copkit.core.learning.LearningAssembly;
import org.copkit.core.portfolio.PortfolioAssembly;
import org.copkit.core.memory.InMemoryEventLog;
import org.copkit.core.memory.InMemoryNotifications;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.core.moderation.ModerationAssembly;
import org.copkit.core.shared.AddOn;
import org.copkit.core.shared.AddOns;
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
 * <p>Thread-safe; build one per application and share it, and {@linkplain #close() close} it when
 * the application stops.
 *
 * <h2>Several nodes, restarts</h2>
 *
 * The storage is the one source of truth. What the platform keeps in memory for speed, the feed's
 * ranking index and members' profiles, is a cache of the storage's {@linkplain
 * org.copkit.api.storage.ChangeLog change log}: {@link Builder#build()} rebuilds it from the log,
 * and the platform then catches up with the log every {@linkplain Builder#feedCatchUpInterval
 * interval} (and right after each of its own writes, so a node reads its own writes at once).
 * Platforms on several nodes, or several platforms on one storage, each serve every member; a
 * change made on one is in the feeds of the others within one interval. Until a platform has
 * caught up, its feed pages say so ({@link org.copkit.api.feed.FeedPage#stale()}).
 */
public final class CopPlatform implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CopPlatform.class);

  /** How often the feed catches up with the change log unless told otherwise, in milliseconds. */
  public static final long DEFAULT_CATCH_UP_MILLIS = 500;
  /** The longest catch-up interval the builder accepts, in seconds. */
  public static final long MAX_CATCH_UP_SECONDS = 60;

  /** The longest dormancy period the builder accepts, in days (ten years). */
  public static final int MAX_DORMANCY_AFTER_DAYS = 3650;

  private final CommunityAssembly communities;
  private final Discussions discussions;
  private final DiscussionQueries discussionQueries;
  private final ModerationAssembly moderation;
  private final FeedAssembly feed;
  private final AnalyticsAssembly analytics;
  private final CompetenceAssembly competences;
  private final AddOns addOns;
  private final LearningAssembly learning;
  private final org.copkit.core.knowledge.KnowledgeAssembly knowledge;
  private final org.copkit.core.knowledge.ProductionAssembly production;
  private final PortfolioAssembly portfolio;
  private final org.copkit.core.search.SearchAssembly search;
  private final ExpertFinding expertFinding;
  private final QuestionRouting questionRouting;
  private final org.copkit.api.notification.Digests digests;
  private final org.copkit.api.privacy.Privacy privacy;

  private CopPlatform(Builder builder, AddOns addOns, List<AddOn<ModerationRule>> rules,
      List<AddOn<ActivityClassifier>> classifierAddOns, List<AddOn<RankingSignal>> signals) {
    Wiring wiring = new Wiring(builder.storage, builder.directory, builder.events, builder.notifications, builder.clock);
    this.addOns = addOns;
    ActivityClassifiers classifiers = ActivityClassifiers.admitted(classifierAddOns, builder.activityClassifierBudget);
    this.communities = CommunityAssembly.create(wiring, builder.autoActivate, builder.dormancyAfter);
    ExpertiseAssembly expertise = ExpertiseAssembly.create(wiring);
    org.copkit.core.notification.NotificationAssembly attention =
        org.copkit.core.notification.NotificationAssembly.create(wiring,
            java.util.Optional.ofNullable(builder.retention.get(org.copkit.core.notification.NotificationAssembly.noticeRetentionKind())));
    this.feed = FeedAssembly.create(wiring, builder.feedSettings, signals, builder.rankingSignalBudget,
        Optional.of(builder.catchUpInterval), builder.seenLimit, java.util.stream.Stream.concat(java.util.stream.Stream.of(expertise.follower()),
            attention.followers().stream()).toList());
    FeedAssembly nodeFeed = feed;
    Runnable nodeCatchUp = () -> {
      try {
        nodeFeed.catchUp();
      } catch (RuntimeException e) {
        // reported by the catch-up; the next one applies what this one could not
      }
    };
    expertise.catchUpWith(nodeCatchUp);
    attention.catchUpWith(nodeCatchUp);
    this.expertFinding = expertise.expertFinding(communities.gate());
    this.questionRouting = expertise.questionRouting(communities.gate(), builder.routingBudgetPerWeek,
        attention.attention());
    this.digests = attention.digests(communities.gate(), feed.membersFeed(), expertise.routedQuestions());
    // every feature that tells people of things does it through their attention settings
    Wiring told = new Wiring(builder.storage, builder.directory, builder.events, attention.notices(), builder.clock);
    this.competences = CompetenceAssembly.create(wiring, List.copyOf(builder.registeredFrameworks),
        builder.discoverFrameworks
            ? Providers.load(FrameworkProvider.class, builder.addOnClassLoader, "competence-framework", addOns)
            : List.of(),
        addOns, communities.gate());
    DiscussionAssembly talk = DiscussionAssembly.create(told, communities.gate(), feed.changes(), classifiers,
        expertise.changes(), competences.frameworks());
    this.moderation = ModerationAssembly.create(told, builder.moderationDefaults, rules, builder.ruleFailures,
        builder.moderationRuleBudget, builder.alwaysOnRules, communities.gate(), talk.postActions());
    this.discussions = talk.discussions(moderation.gate());
    this.discussionQueries = talk.queries();
    this.analytics = AnalyticsAssembly.create(wiring, builder.participationThresholds, builder.reportingZone,
        builder.dormancyAfter, communities.gate());
    this.learning = LearningAssembly.create(told, communities.gate(), competences.frameworks());
    this.knowledge = org.copkit.core.knowledge.KnowledgeAssembly.create(told, communities.gate(),
        expertise.changes(), feed.changes(), builder.documents);
    this.production = org.copkit.core.knowledge.ProductionAssembly.create(told, communities.gate(), feed.changes(),
        expertise.changes());
    this.portfolio = PortfolioAssembly.create(wiring, java.util.Optional.ofNullable(builder.issuer), builder.credentialSigner,
        communities.gate(), competences.frameworks());
    this.search = org.copkit.core.search.SearchAssembly.create(wiring, communities.gate(),
        builder.searchIndex == null ? org.copkit.core.memory.InMemorySearchIndex.create() : builder.searchIndex,
        builder.searchLanguages, Optional.of(builder.catchUpInterval));
    org.copkit.core.search.SearchAssembly nodeSearch = search;
    this.privacy = org.copkit.core.privacy.PrivacyAssembly.create(wiring, List.copyOf(builder.personalData),
        java.util.Map.copyOf(builder.retention), communities.gate(), List.of(FeedAssembly.loggedChanges(), ExpertiseAssembly.loggedChanges(),
            org.copkit.core.notification.NotificationAssembly.loggedChanges(),
            org.copkit.core.notification.NotificationAssembly.noticeChanges()), () -> {
              nodeFeed.catchUp();
              nodeSearch.catchUp();
            }, builder.documents, List.of(FeedAssembly.retention(wiring.storage()), attention.retention())).privacy();
  }

  /** @return a member's export and erasure, and the communities' erasure policies */
  public org.copkit.api.privacy.Privacy privacy() {
    return privacy;
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

  /** @return who can answer a question, tacit experts, and members' choice to stay out of suggestions */
  public ExpertFinding expertFinding() {
    return expertFinding;
  }

  /** @return routing posted questions to the members best placed to answer, within their attention budget */
  public QuestionRouting questionRouting() {
    return questionRouting;
  }

  /**
   * @return each member's attention settings, and the digests that gather what may not interrupt
   *     them (the host's scheduler calls {@code sendDue} on any node)
   */
  public org.copkit.api.notification.Digests digests() {
    return digests;
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

  /** @return competence claims: self-assessment, peer endorsement, validation, history */
  public org.copkit.api.competence.CompetenceAssessment competenceAssessment() {
    return competences.assessment();
  }

  /** @return learning units, paths and completions */
  public Learning learning() {
    return learning.learning();
  }

  /** @return completions reported by a vendor's learning management system, through the host's connector */
  public LmsCompletions lmsCompletions() {
    return learning.lmsCompletions();
  }

  /** @return the communities' calendars of learning events: scheduling, registration, attendance */
  public LearningCalendar learningCalendar() {
    return learning.calendar();
  }

  /** @return reading units, paths, completions, events and registrations */
  public LearningQueries learningQueries() {
    return learning.queries();
  }

  /**
   * @return search over the threads, replies and knowledge items a member may read, with facets
   *     and highlighted snippets
   */
  public org.copkit.api.search.Search search() {
    return search.search();
  }

  /** @return the communities' knowledge bases: pills, library documents and outputs, with revisions */
  public org.copkit.api.knowledge.KnowledgeBase knowledgeBase() {
    return knowledge.knowledgeBase();
  }

  /** @return organizing the communities' knowledge bases: sections, and items placed in them */
  public org.copkit.api.knowledge.KnowledgeCuration knowledgeCuration() {
    return knowledge.curation();
  }

  /** @return members' ratings, helpful marks and comments of knowledge items, and their reach */
  public org.copkit.api.knowledge.KnowledgeFeedback knowledgeFeedback() {
    return knowledge.feedback();
  }

  /** @return the files of library documents: attaching, downloading (counted), listing */
  public org.copkit.api.knowledge.Library library() {
    return knowledge.library();
  }

  /** @return reading knowledge items and their revisions */
  public org.copkit.api.knowledge.KnowledgeQueries knowledgeQueries() {
    return knowledge.queries();
  }

  /** @return e-portfolios: evidence, pages shared with audiences, the competence matrix, communities' portfolios */
  public org.copkit.api.portfolio.Portfolios portfolios() {
    return portfolio.portfolios();
  }

  /** @return the production cycle of outputs: draft, review, publication and diffusion, assessment */
  public org.copkit.api.knowledge.Production production() {
    return production.production();
  }

  /** @return reading outputs, their cycles and who co-authored them */
  public org.copkit.api.knowledge.ProductionQueries productionQueries() {
    return production.queries();
  }

  /** @return a member's own achievements as signed Open Badges 3.0 credentials */
  public Credentials credentials() {
    return portfolio.credentials();
  }

  /** @return a member's own learning activity as xAPI 1.0.3 statements */
  public LearningStatements statements() {
    return portfolio.statements();
  }

  /**
   * What each add-on (the vendors' moderation rules, ranking signals and activity classifiers, and
   * the built-in rules) has cost and how often it failed or was late since the platform was built:
   * calls, failures, timeouts, time spent. A snapshot; read it as often as a dashboard needs.
   *
   * @return each add-on's counters, rules first, then signals, then classifiers, each in the order
   *     they run
   */
  public List<AddOnStats> addOnStats() {
    return addOns.stats();
  }

  /**
   * Brings this platform's feed up to date with the storage now: applies every change committed
   * so far, on this node or any other, that it has not applied yet. The platform does this by
   * itself every catch-up interval; call it when a change made elsewhere must show at once (in
   * tests, for one).
   *
   * @throws RuntimeException what the storage raised when its change log could not be read
   */
  public void catchUp() {
    feed.catchUp();
    search.catchUp();
  }

  /**
   * Stops catching up with the change log in the background. The platform still serves its use
   * cases (and catches up after its own writes) but no longer follows other nodes' changes by
   * itself. Closing twice does nothing.
   */
  @Override
  public void close() {
    feed.close();
    search.close();
  }

  /**
   * Configures a {@link CopPlatform}. Every setter checks its argument at once and names what it
   * rejected; {@link #build()} checks that the directory was given.
   */
  public static final class Builder {

    /** How long a feed request waits for a vendor signal's member terms by default, in milliseconds. */
    public static final int DEFAULT_RANKING_SIGNAL_BUDGET_MILLIS = 5;

    /** How long the writing of a post waits for a vendor classifier's answer by default, in milliseconds. */
    public static final int DEFAULT_ACTIVITY_CLASSIFIER_BUDGET_MILLIS = 100;

    /** How long the writing of a post waits for each moderation rule's verdict by default, in milliseconds. */
    public static final int DEFAULT_MODERATION_RULE_BUDGET_MILLIS = 1000;

    private CopStorage storage;
    private Directory directory;
    private EventPublisher events;
    private Notifications notifications;
    private org.copkit.api.knowledge.port.Documents documents;
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
    private final List<org.copkit.api.privacy.port.PersonalData> personalData = new ArrayList<>();

    /**
     * Adds what a host's or add-on's own feature holds about members, so that members' exports and
     * erasures cover it, after the storage's capabilities.
     *
     * @param data the feature's personal data
     * @return this builder
     * @throws InvalidInputException when it is null
     */
    public Builder personalData(org.copkit.api.privacy.port.PersonalData data) {
      personalData.add(required("personalData", data));
      return this;
    }

    private final java.util.Map<String, Duration> retention = new java.util.LinkedHashMap<>();

    /**
     * Keeps the records of one kind the storage lists ({@code PrivacyStorage.retainedData}: on the
     * JPA storage {@code audit-entry} and {@code outbox-published}, in memory {@code audit-entry})
     * for a period, after which {@code privacy().sweep(now)} deletes them; or the platform's own
     * {@code feed-interaction}: who saw, reacted to, replied to or answered what, which the sweep
     * rewrites so that it names nobody (engagement counts stay, seen marks and affinities of that
     * age go); and {@code held-notice}: notices held for members' digests, not told once older than
     * the period and rewritten by the sweep to name nobody. Default: every kind is kept for ever.
     * Setting a kind again replaces its period.
     *
     * @param kind a kind of the storage's
     * @param period from one day to 100 years
     * @return this builder
     * @throws InvalidInputException when the kind is null or the period out of range; {@link
     *     #build()} refuses a kind the storage does not list
     */
    public Builder retention(String kind, Duration period) {
      required("kind", kind);
      retention.put(kind, Validation.duration("period", period, Duration.ofDays(1), Duration.ofDays(36_525)));
      return this;
    }
    private boolean discoverFrameworks = true;
    private IssuerProfile issuer;
    private CredentialSigner credentialSigner;
    private BrokenAddOns brokenAddOns = BrokenAddOns.REFUSE;
    private ClassLoader addOnClassLoader;
    private Duration rankingSignalBudget = Duration.ofMillis(DEFAULT_RANKING_SIGNAL_BUDGET_MILLIS);
    private Duration activityClassifierBudget = Duration.ofMillis(DEFAULT_ACTIVITY_CLASSIFIER_BUDGET_MILLIS);
    private Duration moderationRuleBudget = Duration.ofMillis(DEFAULT_MODERATION_RULE_BUDGET_MILLIS);
    private final Map<String, RuleFailure> ruleFailures = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> addOnConfigurations = new LinkedHashMap<>();
    private Duration catchUpInterval = Duration.ofMillis(DEFAULT_CATCH_UP_MILLIS);
    private int seenLimit = FeedAssembly.DEFAULT_SEEN_LIMIT;
    private int routingBudgetPerWeek = ExpertiseAssembly.DEFAULT_ROUTING_BUDGET;

    /**
     * Sets how many questions may be routed to one member per ISO week (UTC). Default: {@value
     * ExpertiseAssembly#DEFAULT_ROUTING_BUDGET}.
     *
     * @param questions from 1 to {@value ExpertiseAssembly#MAX_ROUTING_BUDGET}
     * @return this builder
     * @throws org.copkit.api.shared.InvalidInputException naming {@code routingBudgetPerWeek} when out of range
     */
    public Builder routingBudgetPerWeek(int questions) {
      this.routingBudgetPerWeek = Validation.between("routingBudgetPerWeek", questions, 1,
          ExpertiseAssembly.MAX_ROUTING_BUDGET);
      return this;
    }
    private final Set<String> alwaysOnRules = new LinkedHashSet<>();
    private org.copkit.api.search.port.SearchIndex searchIndex;
    private java.util.function.Function<org.copkit.api.community.Community, org.copkit.api.search.SearchLanguage>
        searchLanguages = community -> org.copkit.api.search.SearchLanguage.ENGLISH;

    private Builder() {}

    /**
     * The index search runs on: a cache of the storage that the platform fills when it is built
     * (when the index holds no checkpoint) and keeps current from the change log. Default: a
     * simple in-memory index ({@code InMemorySearchIndex}: whole words, no stemming, for thousands
     * of documents); for Catalan, Spanish and English stemming and millions of documents, the
     * Lucene index of {@code cop-search-lucene}. The host closes the index it gives, after the
     * platform.
     *
     * @param index the index
     * @return this builder
     */
    public Builder searchIndex(org.copkit.api.search.port.SearchIndex index) {
      this.searchIndex = required("searchIndex", index);
      return this;
    }

    /**
     * The language each community writes in, which decides how the search index analyzes its
     * text. Asked once per community and platform; changing a community's language takes
     * rebuilding the index. Default: English for every community.
     *
     * @param languages the language of a community
     * @return this builder
     */
    public Builder searchLanguages(
        java.util.function.Function<org.copkit.api.community.Community, org.copkit.api.search.SearchLanguage> languages) {
      this.searchLanguages = required("searchLanguages", languages);
      return this;
    }

    /**
     * How often the feed reads the change log for what other nodes (or other platforms on the same
     * storage) have changed. Default: {@value CopPlatform#DEFAULT_CATCH_UP_MILLIS} ms.
     *
     * @param interval from 1 ms to {@value CopPlatform#MAX_CATCH_UP_SECONDS} s
     * @return this builder
     */
    public Builder feedCatchUpInterval(Duration interval) {
      this.catchUpInterval = Validation.duration("feedCatchUpInterval", interval, Duration.ofMillis(1),
          Duration.ofSeconds(MAX_CATCH_UP_SECONDS));
      return this;
    }

    /**
     * How many of the activities a member has seen the feed remembers, the latest ones (seen
     * activities sink in their feed). Default: {@value FeedAssembly#DEFAULT_SEEN_LIMIT}.
     *
     * @param limit from 1 to {@value FeedAssembly#MAX_SEEN_LIMIT}
     * @return this builder
     */
    public Builder seenLimit(int limit) {
      this.seenLimit = Validation.between("seenLimit", limit, 1, FeedAssembly.MAX_SEEN_LIMIT);
      return this;
    }

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
     * Where notifications for people go (mentions, moderation decisions, sanctions, learning events,
     * knowledge reviews, routed questions, digests), each on a channel of its recipient's, once their
     * attention settings let it through. Default: a new {@link InMemoryNotifications}, which keeps
     * only the latest ones: hosts give their own delivery.
     *
     * @param notifications the host's delivery
     * @return this builder
     */
    public Builder notifications(Notifications notifications) {
      this.notifications = required("notifications", notifications);
      return this;
    }

    /**
     * Where the bytes of library documents' files go ({@link org.copkit.api.knowledge.Library}).
     * Default: a new {@link org.copkit.core.memory.InMemoryDocuments}, which keeps them as long as
     * the platform lives; hosts give {@link FileSystemDocuments#in} on a directory every node
     * shares, or a store of their own.
     *
     * @param documents the store
     * @return this builder
     */
    public Builder documents(org.copkit.api.knowledge.port.Documents documents) {
      this.documents = required("documents", documents);
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
      registeredRules.add(wellNamed("moderationRule", rule, ModerationRule::name));
      return this;
    }

    /**
     * What happens to a post when a rule fails on it (throws, returns {@code null}, or gives no
     * verdict within the {@linkplain #moderationRuleBudget budget}), overriding
     * the rule's own {@link ModerationRule#onFailure()}: hold the post for review ({@link
     * RuleFailure#HOLD}), or skip the rule ({@link RuleFailure#SKIP}). {@link #build()} refuses a
     * name no rule of the platform has.
     *
     * @param rule the rule's name
     * @param policy what to do when it fails
     * @return this builder
     */
    public Builder moderationRuleFailure(String rule, RuleFailure policy) {
      String problem = AddOns.nameProblem(rule);
      if (problem != null) {
        throw new InvalidInputException("moderationRuleFailure", "names no rule: " + problem);
      }
      ruleFailures.put(rule, required("policy", policy));
      return this;
    }

    /**
     * Makes a moderation rule always on: no community's e-moderators can turn it off ({@code
     * Moderation.switchRule}). Every other rule runs until a community turns it off. {@link
     * #build()} refuses a name no rule of the platform has.
     *
     * @param rule the rule's name
     * @return this builder
     */
    public Builder alwaysOnModerationRule(String rule) {
      String problem = AddOns.nameProblem(rule);
      if (problem != null) {
        throw new InvalidInputException("alwaysOnModerationRule", "names no rule: " + problem);
      }
      alwaysOnRules.add(rule);
      return this;
    }

    /**
     * An add-on's own settings, handed to its {@code start(AddOnContext)} when the platform is
     * built ({@link AddOnContext#configuration()}), with the host's directory and the clock. They
     * go to every add-on of that name (a rule and a signal may share one); {@link #build()} refuses
     * a name no add-on of the platform has.
     *
     * @param addOn the add-on's name
     * @param configuration its settings; replaces any given before
     * @return this builder
     */
    public Builder addOnConfiguration(String addOn, Map<String, String> configuration) {
      String problem = AddOns.nameProblem(addOn);
      if (problem != null) {
        throw new InvalidInputException("addOnConfiguration", "names no add-on: " + problem);
      }
      required("configuration", configuration).forEach((key, value) -> {
        if (key == null || value == null) {
          throw new InvalidInputException("configuration", "holds a null key or value");
        }
      });
      addOnConfigurations.put(addOn, Map.copyOf(configuration));
      return this;
    }

    /**
     * What {@link #build()} does with an add-on it cannot use: a discovered provider that cannot be
     * created, or a rule, signal or classifier whose name is missing, malformed or taken. Default:
     * {@link BrokenAddOns#REFUSE}, an {@link InvalidInputException} naming the class and the rule it
     * breaks; {@link BrokenAddOns#SKIP} reports it in the log and starts without it.
     *
     * @param policy refuse or skip
     * @return this builder
     */
    public Builder brokenAddOns(BrokenAddOns policy) {
      this.brokenAddOns = required("brokenAddOns", policy);
      return this;
    }

    /**
     * The class loader in which add-ons are discovered with {@link ServiceLoader} (its own {@code
     * META-INF/services} and its parents'). Default: the thread's context class loader when {@link
     * #build()} runs, as {@link ServiceLoader#load(Class)} uses it.
     *
     * @param loader the class loader, such as one over a folder of add-on jars
     * @return this builder
     */
    public Builder addOnClassLoader(ClassLoader loader) {
      this.addOnClassLoader = required("addOnClassLoader", loader);
      return this;
    }

    /**
     * How long a feed request (or an explanation) waits for each vendor signal's member terms. A
     * signal that has not answered by then is ranked without its terms for that request (or with the
     * last terms it gave that member in time, for ten minutes), the explanation says so, and the
     * platform counts it as a timeout ({@link CopPlatform#addOnStats()}). Default: {@value
     * #DEFAULT_RANKING_SIGNAL_BUDGET_MILLIS} ms.
     *
     * @param budget from 1 ms to 10 s
     * @return this builder
     */
    public Builder rankingSignalBudget(Duration budget) {
      this.rankingSignalBudget =
          Validation.duration("rankingSignalBudget", budget, Duration.ofMillis(1), Duration.ofSeconds(10));
      return this;
    }

    /**
     * How long the writing of a post waits for each vendor classifier's answer. A classifier that
     * has not answered by then is counted as a timeout ({@link CopPlatform#addOnStats()}) and the
     * next classifier answers for that post (the built-in one last); its late answer is dropped. The
     * post waits, not the database: classifiers run before the unit of work opens. Default: {@value
     * #DEFAULT_ACTIVITY_CLASSIFIER_BUDGET_MILLIS} ms, more than a ranking signal's, as a post is
     * classified once and its component is stored for good.
     *
     * @param budget from 1 ms to 10 s
     * @return this builder
     */
    public Builder activityClassifierBudget(Duration budget) {
      this.activityClassifierBudget =
          Validation.duration("activityClassifierBudget", budget, Duration.ofMillis(1), Duration.ofSeconds(10));
      return this;
    }

    /**
     * How long the writing of a post (or of an author's edit) waits for each moderation rule's
     * verdict. A rule that has not answered by then has failed on that post: it is counted as a
     * timeout ({@link CopPlatform#addOnStats()}), reported in the log, and its failure policy decides
     * ({@link ModerationRule#onFailure()}, or the host's {@link #moderationRuleFailure}): the post is
     * held for review with a reason naming the rule and saying it was late ({@link RuleFailure#HOLD},
     * the default), or the advisory rule is skipped ({@link RuleFailure#SKIP}); its late verdict is
     * dropped. The post waits, not the database: rules run before the unit of work opens. Default:
     * {@value #DEFAULT_MODERATION_RULE_BUDGET_MILLIS} ms, room for a rule that asks a service of the
     * host's; the rules are asked one after another, each within its budget. The built-in rules
     * ({@link BuiltInRules}), pure functions of the post, are asked on the posting thread without one.
     *
     * @param budget from 1 ms to 10 s
     * @return this builder
     */
    public Builder moderationRuleBudget(Duration budget) {
      this.moderationRuleBudget =
          Validation.duration("moderationRuleBudget", budget, Duration.ofMillis(1), Duration.ofSeconds(10));
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
     * module path. A provider that cannot be loaded is refused, or reported and skipped, as
     * {@link #brokenAddOns} says. Default: true.
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
      registeredSignals.add(wellNamed("rankingSignal", signal, RankingSignal::name));
      return this;
    }

    /**
     * Whether to look for ranking signals with {@link ServiceLoader}, on the class path and the
     * module path. A provider that cannot be loaded is refused, or reported and skipped, as
     * {@link #brokenAddOns} says. Default: true.
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
     * Adds an activity classifier. Each post is classified once, when it is written: the registered
     * classifiers are asked in the order registered, then those discovered, then the built-in one;
     * the first answer wins and is stored with the post, for the feed and the reports.
     *
     * @param classifier the classifier
     * @return this builder
     */
    public Builder activityClassifier(ActivityClassifier classifier) {
      registeredClassifiers.add(wellNamed("activityClassifier", classifier, ActivityClassifier::name));
      return this;
    }

    /**
     * Whether to look for activity classifiers with {@link ServiceLoader}, on the class path and the
     * module path. A provider that cannot be loaded is refused, or reported and skipped, as
     * {@link #brokenAddOns} says. Default: true.
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
     * cannot be loaded or throws is refused, or reported and skipped, as {@link #brokenAddOns} says.
     * Default: true.
     *
     * @param enabled false to know only DigComp 2.2 and the registered frameworks
     * @return this builder
     */
    public Builder discoverCompetenceFrameworks(boolean enabled) {
      this.discoverFrameworks = enabled;
      return this;
    }

    /**
     * The host as the issuer of credentials and the home page of statements. Without one, {@link
     * CopPlatform#credentials()} and {@link CopPlatform#statements()} refuse to export.
     *
     * @param issuer the issuer
     * @return this builder
     */
    public Builder issuer(IssuerProfile issuer) {
      this.issuer = required("issuer", issuer);
      return this;
    }

    /**
     * What signs credentials. Default: an {@link Ed25519CredentialSigner} with a key generated when
     * the platform is built (its {@code did:key} lets anyone verify, but a new start means a new
     * key): give a signer built from the host's own key to keep one issuer key.
     *
     * @param signer the signer
     * @return this builder
     */
    public Builder credentialSigner(CredentialSigner signer) {
      this.credentialSigner = required("credentialSigner", signer);
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
      if (documents == null) {
        documents = org.copkit.core.memory.InMemoryDocuments.create();
      }
      if (credentialSigner == null) {
        credentialSigner = Ed25519CredentialSigner.generate();
      }
      AddOns addOns = new AddOns(brokenAddOns);
      List<ModerationRule> allRules = new ArrayList<>();
      if (builtInRules) {
        allRules.addAll(BuiltInRules.defaults());
      }
      List<AddOn<ModerationRule>> rules = addOns.admit("moderation-rule",
          registeredThenDiscovered(allRules, registeredRules, discoverRules, ModerationRule.class, "moderation-rule", addOns),
          ModerationRule::name, List.of());
      rules = addOns.start(rules, (addOn, rule) -> rule.start(context(addOn)));
      for (String rule : alwaysOnRules) {
        if (rules.stream().noneMatch(admitted -> admitted.name().equals(rule))) {
          throw new InvalidInputException("alwaysOnModerationRule", "names no rule of the platform: '" + rule + "'");
        }
      }
      for (String rule : ruleFailures.keySet()) {
        if (rules.stream().noneMatch(admitted -> admitted.name().equals(rule))) {
          throw new InvalidInputException("moderationRuleFailure", "names no rule of the platform: '" + rule + "'");
        }
      }
      List<AddOn<RankingSignal>> signals = addOns.admit("ranking-signal",
          registeredThenDiscovered(new ArrayList<>(), registeredSignals, discoverSignals, RankingSignal.class,
              "ranking-signal", addOns),
          RankingSignal::name, Arrays.stream(BuiltInSignal.values()).map(BuiltInSignal::signalName).toList());
      List<AddOn<ActivityClassifier>> classifiers = addOns.admit("activity-classifier",
          registeredThenDiscovered(new ArrayList<>(), registeredClassifiers, discoverClassifiers,
              ActivityClassifier.class, "activity-classifier", addOns),
          ActivityClassifier::name, List.of(BUILT_IN_CLASSIFIER));
      signals = addOns.start(signals, (addOn, signal) -> signal.start(context(addOn)));
      classifiers = addOns.start(classifiers, (addOn, classifier) -> classifier.start(context(addOn)));
      for (String name : addOnConfigurations.keySet()) {
        if (addOns.stats().stream().noneMatch(stats -> stats.name().equals(name))) {
          throw new InvalidInputException("addOnConfiguration", "names no add-on of the platform: '" + name + "'");
        }
      }
      return new CopPlatform(this, addOns, rules, classifiers, signals);
    }

    private AddOnContext context(AddOn<?> addOn) {
      return new AddOnContext(addOn.name(), directory, addOnConfigurations.getOrDefault(addOn.name(), Map.of()), clock);
    }

    /** The name of the built-in activity classifier, which no add-on may take. */
    private static final String BUILT_IN_CLASSIFIER = "built-in";

    /**
     * A registered add-on's name is shown in explanations, to moderators and to the authors a rule
     * refuses: it must be valid when it is registered.
     */
    private <T> T wellNamed(String field, T addOn, Function<T, String> name) {
      required(field, addOn);
      String problem;
      try {
        problem = AddOns.nameProblem(name.apply(addOn));
      } catch (RuntimeException e) {
        problem = "its name() threw " + e;
      }
      if (problem != null) {
        throw new InvalidInputException(field, addOn.getClass().getName() + ": " + problem);
      }
      return addOn;
    }

    private <T> List<T> registeredThenDiscovered(
        List<T> providers, List<T> registered, boolean discover, Class<T> service, String kind, AddOns addOns) {
      providers.addAll(registered);
      if (discover) {
        providers.addAll(Providers.load(service, addOnClassLoader, kind, addOns));
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
