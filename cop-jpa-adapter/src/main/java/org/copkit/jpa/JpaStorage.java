package org.copkit.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.copkit.api.analytics.port.Contributions;
import org.copkit.api.community.port.Communities;
import org.copkit.api.community.port.Invitations;
import org.copkit.api.community.port.JoinRequests;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.discussion.port.Posts;
import org.copkit.api.discussion.port.Reactions;
import org.copkit.api.discussion.port.Threads;
import org.copkit.api.learning.port.CalendarEvents;
import org.copkit.api.learning.port.Completions;
import org.copkit.api.learning.port.LearningPaths;
import org.copkit.api.learning.port.LearningUnits;
import org.copkit.api.learning.port.Registrations;
import org.copkit.api.moderation.port.Flags;
import org.copkit.api.moderation.port.ModerationPolicies;
import org.copkit.api.moderation.port.RuleSwitches;
import org.copkit.api.moderation.port.Mutes;
import org.copkit.api.moderation.port.ReviewItems;
import org.copkit.api.shared.AuditTrail;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.Transactions;
import org.copkit.api.storage.ChangeLog;
import org.copkit.api.storage.CopStorage;
import org.copkit.jpa.analytics.AnalyticsPorts;
import org.copkit.jpa.community.CommunityStorage;
import org.copkit.jpa.discussion.DiscussionPorts;
import org.copkit.jpa.learning.LearningPorts;
import org.copkit.jpa.moderation.ModerationPorts;
import org.copkit.jpa.shared.JpaTransactions;
import org.copkit.jpa.shared.SharedStorage;

/**
 * CoPKit storage on JPA 3.1, for PostgreSQL, MariaDB and H2: communities, discussions,
 * moderation, and the aggregate counts of participation analytics.
 *
 * <pre>{@code
 * CopSchema.migrate(dataSource);                       // once, at start-up
 * EntityManagerFactory emf = Persistence.createEntityManagerFactory(
 *     "copkit", Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
 * JpaStorage storage = JpaStorage.create(emf);
 * CopPlatform platform = CopPlatform.builder()
 *     .storage(storage)                                // events go to its outbox table
 *     ...
 * }</pre>
 *
 * <p>The persistence unit {@code copkit} is declared in this jar's {@code
 * META-INF/persistence.xml}. A host that builds its own entity manager factory (Spring Boot, for
 * one) adds {@link #entityClassNames()} to it; the factory must hand out resource-local entity
 * managers.
 *
 * <p>Every port call must run inside {@link #transactions()}{@code .inTransaction(..)}; outside
 * one it throws {@link IllegalStateException}. Writes are flushed at once, so a stale version or
 * a duplicate is reported by the call that caused it, as a {@link
 * org.copkit.api.shared.ConflictException}. A port call that has thrown leaves its transaction
 * fit only to roll back (PostgreSQL refuses any further statement in it): let the exception leave
 * {@code inTransaction}, and retry in a new transaction if at all.
 *
 * <p>Thread-safe: each thread works in its own transaction.
 */
public final class JpaStorage implements CopStorage {

  private final JpaTransactions transactions;
  private final Communities communities;
  private final Memberships memberships;
  private final JoinRequests joinRequests;
  private final Invitations invitations;
  private final AuditTrail auditTrail;
  private final ChangeLog changeLog;
  private final Threads threads;
  private final Posts posts;
  private final Reactions reactions;
  private final Flags flags;
  private final ReviewItems reviewItems;
  private final Mutes mutes;
  private final ModerationPolicies moderationPolicies;
  private final RuleSwitches ruleSwitches;
  private final Contributions contributions;
  private final JpaOutbox outbox;
  private final List<org.copkit.api.privacy.port.PersonalData> personalData;
  private final List<org.copkit.api.privacy.port.RetainedData> retainedData;
  private final org.copkit.api.privacy.port.ErasureLedger erasureLedger;
  private final org.copkit.api.privacy.port.ErasurePolicies erasurePolicies;

  private JpaStorage(JpaTransactions transactions) {
    this.transactions = transactions;
    this.communities = CommunityStorage.communities(transactions);
    this.memberships = CommunityStorage.memberships(transactions);
    this.joinRequests = CommunityStorage.joinRequests(transactions);
    this.invitations = CommunityStorage.invitations(transactions);
    this.auditTrail = SharedStorage.auditTrail(transactions);
    this.changeLog = SharedStorage.changeLog(transactions);
    this.threads = DiscussionPorts.threads(transactions);
    this.posts = DiscussionPorts.posts(transactions);
    this.reactions = DiscussionPorts.reactions(transactions);
    this.flags = ModerationPorts.flags(transactions);
    this.reviewItems = ModerationPorts.reviewItems(transactions);
    this.mutes = ModerationPorts.mutes(transactions);
    this.moderationPolicies = ModerationPorts.moderationPolicies(transactions);
    this.ruleSwitches = ModerationPorts.ruleSwitches(transactions);
    this.contributions = AnalyticsPorts.contributions(transactions);
    this.outbox = new JpaOutbox(transactions, JpaStorage::scopeOf);
    this.personalData = org.copkit.jpa.privacy.PrivacyPorts.personalData(transactions);
    this.retainedData = java.util.stream.Stream.concat(
        org.copkit.jpa.privacy.PrivacyPorts.retainedData(transactions).stream(),
        org.copkit.jpa.notification.NotificationPorts.retainedData(transactions).stream()).toList();
    this.erasureLedger = org.copkit.jpa.privacy.PrivacyPorts.erasureLedger(transactions);
    this.erasurePolicies = org.copkit.jpa.privacy.PrivacyPorts.erasurePolicies(transactions);
  }

  /** An event's outbox scope: the ID of the community it happened in, for every feature's events. */
  private static Optional<String> scopeOf(DomainEvent event) {
    return CommunityStorage.scopeOf(event)
        .or(() -> DiscussionPorts.scopeOf(event))
        .or(() -> ModerationPorts.scopeOf(event))
        .or(() -> LearningPorts.scopeOf(event))
        .or(() -> org.copkit.jpa.competence.CompetencePorts.scopeOf(event))
        .or(() -> org.copkit.jpa.knowledge.ProductionPorts.scopeOf(event));
  }

  /**
   * Creates the storage. The schema must exist already: see {@link CopSchema#migrate}.
   *
   * @param entityManagerFactory a factory for the persistence unit {@code copkit}, or for a host's
   *     own unit that includes {@link #entityClassNames()}
   * @return the storage
   */
  public static JpaStorage create(EntityManagerFactory entityManagerFactory) {
    return new JpaStorage(JpaTransactions.on(entityManagerFactory));
  }

  /**
   * On PostgreSQL, wakes this node's readers of the change log (the feed's catch-up) as soon as
   * another node commits changes, instead of at their next poll: this node's commits that append
   * changes send a {@code NOTIFY copkit_changes} (with the schema and the last sequence, delivered
   * only if they commit), and a daemon thread holds one connection of {@code dataSource} that
   * {@code LISTEN}s. Call it on every node, each with its own data source or pool; the connection
   * is held until the subscription is closed, and opened again after a failure (meanwhile readers
   * poll, as they always do). Nodes on other schemas of the same database are ignored.
   *
   * <p>A wake-up only: the polling interval stays the guarantee, and without this call the feed
   * polls as before. See {@code docs/nodes.md}.
   *
   * @param dataSource connections to PostgreSQL, on the schema of this storage
   * @return the subscription; close it (before the data source) to stop listening and notifying
   * @throws org.copkit.api.shared.InvalidInputException when the data source is null or does not
   *     reach PostgreSQL
   * @throws IllegalStateException when no connection can be opened
   */
  public ChangeLog.Subscription listenForChanges(javax.sql.DataSource dataSource) {
    return SharedStorage.listenForChanges(changeLog, dataSource);
  }

  /**
   * The entities a persistence unit needs for CoPKit: the same list as the {@code copkit} unit in
   * {@code META-INF/persistence.xml}.
   *
   * @return the fully qualified names of the entity classes
   */
  public static List<String> entityClassNames() {
    return Stream.of(
            List.<Class<?>>of(OutboxRow.class),
            SharedStorage.entityClasses(),
            CommunityStorage.entityClasses(),
            DiscussionPorts.entityClasses(),
            ModerationPorts.entityClasses(),
            LearningPorts.entityClasses(),
            org.copkit.jpa.knowledge.KnowledgePorts.entityClasses(),
            org.copkit.jpa.competence.CompetencePorts.entityClasses(),
            org.copkit.jpa.portfolio.PortfolioPorts.entityClasses(),
            org.copkit.jpa.knowledge.ProductionPorts.entityClasses(),
            org.copkit.jpa.privacy.PrivacyPorts.entityClasses(),
            org.copkit.jpa.notification.NotificationPorts.entityClasses())
        .flatMap(List::stream)
        .map(Class::getName)
        .toList();
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public Communities communities() {
    return communities;
  }

  @Override
  public Memberships memberships() {
    return memberships;
  }

  @Override
  public JoinRequests joinRequests() {
    return joinRequests;
  }

  @Override
  public Invitations invitations() {
    return invitations;
  }

  @Override
  public AuditTrail auditTrail() {
    return auditTrail;
  }

  @Override
  public ChangeLog changeLog() {
    return changeLog;
  }

  @Override
  public Threads threads() {
    return threads;
  }

  @Override
  public Posts posts() {
    return posts;
  }

  @Override
  public Reactions reactions() {
    return reactions;
  }

  @Override
  public Flags flags() {
    return flags;
  }

  @Override
  public ReviewItems reviewItems() {
    return reviewItems;
  }

  @Override
  public Mutes mutes() {
    return mutes;
  }

  @Override
  public List<org.copkit.api.privacy.port.PersonalData> personalData() {
    return personalData;
  }

  @Override
  public List<org.copkit.api.privacy.port.RetainedData> retainedData() {
    return retainedData;
  }

  @Override
  public org.copkit.api.privacy.port.ErasureLedger erasureLedger() {
    return erasureLedger;
  }

  @Override
  public org.copkit.api.privacy.port.ErasurePolicies erasurePolicies() {
    return erasurePolicies;
  }

  @Override
  public ModerationPolicies moderationPolicies() {
    return moderationPolicies;
  }

  @Override
  public RuleSwitches ruleSwitches() {
    return ruleSwitches;
  }

  @Override
  public Contributions contributions() {
    return contributions;
  }

  /**
   * The platform's default event publisher: it writes each event to the outbox table in the
   * current transaction, so an event commits or rolls back with its change.
   *
   * @return the outbox
   */
  @Override
  public EventPublisher eventPublisher() {
    return outbox;
  }

  @Override
  public org.copkit.api.search.port.SearchSources searchSources() {
    return org.copkit.jpa.search.SearchPorts.searchSources(transactions);
  }

  @Override
  public org.copkit.api.knowledge.port.KnowledgeItems knowledgeItems() {
    return org.copkit.jpa.knowledge.KnowledgePorts.knowledgeItems(transactions);
  }

  @Override
  public org.copkit.api.notification.port.AttentionBook attentionBook() {
    return org.copkit.jpa.notification.NotificationPorts.attentionBook(transactions);
  }

  @Override
  public org.copkit.api.competence.port.CompetenceClaims competenceClaims() {
    return org.copkit.jpa.competence.CompetencePorts.competenceClaims(transactions);
  }

  @Override
  public org.copkit.api.knowledge.port.KnowledgeSections knowledgeSections() {
    return org.copkit.jpa.knowledge.KnowledgePorts.knowledgeSections(transactions);
  }

  @Override
  public org.copkit.api.knowledge.port.ItemFeedback itemFeedback() {
    return org.copkit.jpa.knowledge.KnowledgePorts.itemFeedback(transactions);
  }

  @Override
  public org.copkit.api.knowledge.port.ItemReach itemReach() {
    return org.copkit.jpa.knowledge.KnowledgePorts.itemReach(transactions);
  }

  @Override
  public org.copkit.api.knowledge.port.AttachedFiles attachedFiles() {
    return org.copkit.jpa.knowledge.KnowledgePorts.attachedFiles(transactions);
  }

  @Override
  public org.copkit.api.portfolio.port.EvidenceSources evidenceSources() {
    return org.copkit.jpa.portfolio.PortfolioPorts.evidenceSources(transactions);
  }

  @Override
  public org.copkit.api.portfolio.port.PortfolioEntries portfolioEntries() {
    return org.copkit.jpa.portfolio.PortfolioPorts.portfolioEntries(transactions);
  }

  @Override
  public org.copkit.api.portfolio.port.PortfolioPages portfolioPages() {
    return org.copkit.jpa.portfolio.PortfolioPorts.portfolioPages(transactions);
  }

  @Override
  public org.copkit.api.knowledge.port.OutputCycles outputCycles() {
    return org.copkit.jpa.knowledge.ProductionPorts.outputCycles(transactions);
  }

  @Override
  public org.copkit.api.knowledge.port.ReviewPolicies reviewPolicies() {
    return org.copkit.jpa.knowledge.ProductionPorts.reviewPolicies(transactions);
  }

  @Override
  public LearningUnits learningUnits() {
    return LearningPorts.learningUnits(transactions);
  }

  @Override
  public LearningPaths learningPaths() {
    return LearningPorts.learningPaths(transactions);
  }

  @Override
  public Completions completions() {
    return LearningPorts.completions(transactions);
  }

  @Override
  public CalendarEvents calendarEvents() {
    return LearningPorts.calendarEvents(transactions);
  }

  @Override
  public Registrations registrations() {
    return LearningPorts.registrations(transactions);
  }

  /** @return the outbox, for the host's relay */
  public JpaOutbox outbox() {
    return outbox;
  }
}
