package org.copkit.core.memory;

import java.util.List;

import org.copkit.api.analytics.port.AnalyticsStorage;
import org.copkit.api.analytics.port.Contributions;
import org.copkit.api.community.port.Communities;
import org.copkit.api.community.port.Invitations;
import org.copkit.api.community.port.JoinRequests;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.discussion.port.DiscussionStorage;
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
import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.api.moderation.port.Mutes;
import org.copkit.api.moderation.port.ReviewItems;
import org.copkit.api.shared.AuditTrail;
import org.copkit.api.shared.Transactions;
import org.copkit.api.storage.ChangeLog;
import org.copkit.api.storage.CopStorage;

/**
 * Storage in the JVM's memory: the platform's default, and a supported product for tests, demos and
 * small deployments that can afford to lose their data on restart. It passes the same contract
 * suites as the JPA adapter.
 *
 * <p>Thread-safe. Units of work are serializable (one fair lock) and roll back completely when they
 * throw; reads outside a unit of work see committed or in-progress writes of single records, never
 * a torn record.
 */
public final class InMemoryStorage implements CopStorage, DiscussionStorage, ModerationStorage, AnalyticsStorage {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryMemberships memberships = new InMemoryMemberships(transactions);
  private final InMemoryCommunities communities = new InMemoryCommunities(transactions, memberships);
  private final InMemoryJoinRequests joinRequests = new InMemoryJoinRequests(transactions);
  private final InMemoryInvitations invitations = new InMemoryInvitations(transactions);
  private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(transactions);
  private final InMemoryChangeLog changeLog = new InMemoryChangeLog(transactions);
  private final InMemoryThreads threads = new InMemoryThreads(transactions);
  private final InMemoryPosts posts = new InMemoryPosts(transactions, threads);
  private final InMemoryReactions reactions = new InMemoryReactions(transactions);
  private final InMemoryFlags flags = new InMemoryFlags(transactions);
  private final InMemoryReviewItems reviewItems = new InMemoryReviewItems(transactions);
  private final InMemoryMutes mutes = new InMemoryMutes(transactions);
  private final InMemoryModerationPolicies moderationPolicies = new InMemoryModerationPolicies(transactions);
  private final InMemoryRuleSwitches ruleSwitches = new InMemoryRuleSwitches(transactions);
  private final InMemoryContributions contributions = new InMemoryContributions(posts, threads, memberships);
  private final InMemoryLearningUnits learningUnits = new InMemoryLearningUnits(transactions);
  private final InMemoryLearningPaths learningPaths = new InMemoryLearningPaths(transactions);
  private final InMemoryCompletions completions = new InMemoryCompletions(transactions);
  private final InMemoryCalendarEvents calendarEvents = new InMemoryCalendarEvents(transactions);
  private final InMemoryRegistrations registrations = new InMemoryRegistrations(transactions);
  private final InMemoryKnowledgeItems knowledgeItems = new InMemoryKnowledgeItems(transactions);
  private final InMemoryCompetenceClaims competenceClaims = new InMemoryCompetenceClaims(transactions);
  private final InMemoryKnowledgeSections knowledgeSections = new InMemoryKnowledgeSections(transactions);
  private final InMemorySearchSources searchSources = new InMemorySearchSources(posts, threads, knowledgeItems);
  private final InMemoryOutputCycles outputCycles = new InMemoryOutputCycles(transactions);
  private final InMemoryEvidenceSources evidenceSources = new InMemoryEvidenceSources(threads, posts, knowledgeItems,
      calendarEvents, registrations, learningUnits, completions, competenceClaims, outputCycles);
  private final InMemoryPortfolioEntries portfolioEntries = new InMemoryPortfolioEntries(transactions);
  private final InMemoryPortfolioPages portfolioPages = new InMemoryPortfolioPages(transactions);
  private final InMemoryItemFeedback itemFeedback = new InMemoryItemFeedback(transactions);
  private final InMemoryItemReach itemReach = new InMemoryItemReach(transactions);
  private final InMemoryAttachedFiles attachedFiles = new InMemoryAttachedFiles(transactions);
  private final InMemoryEventLog events;
  private final InMemoryErasureLedger erasureLedger = new InMemoryErasureLedger(transactions);
  private final InMemoryErasurePolicies erasurePolicies = new InMemoryErasurePolicies(transactions);
  private final InMemoryAttentionBook attentionBook = new InMemoryAttentionBook(transactions);
  private final List<org.copkit.api.privacy.port.PersonalData> personalData;

  private InMemoryStorage(int eventLogCapacity) {
    this.events = new InMemoryEventLog(eventLogCapacity, transactions);
    this.personalData = List.of(
        new InMemoryCommunityData(communities, memberships, joinRequests, invitations),
        new InMemoryDiscussionData(threads, posts, reactions),
        new InMemoryModerationData(flags, mutes, reviewItems),
        new InMemoryAuditData(auditTrail),
        new InMemoryOutboxData(events),
        new InMemoryKnowledgeData(knowledgeItems, itemFeedback, attachedFiles),
        new InMemoryProductionData(outputCycles),
        new InMemoryLearningData(completions, registrations, calendarEvents, learningUnits, learningPaths),
        new InMemoryCompetenceData(competenceClaims),
        new InMemoryPortfolioData(portfolioEntries, portfolioPages),
        attentionBook);
  }

  /**
   * @return a new, empty storage whose event log keeps the {@value InMemoryEventLog#DEFAULT_CAPACITY}
   *     latest events
   */
  public static InMemoryStorage create() {
    return new InMemoryStorage(InMemoryEventLog.DEFAULT_CAPACITY);
  }

  /**
   * @param eventLogCapacity how many of the latest events {@link #eventPublisher()} keeps, at least 1
   * @return a new, empty storage
   * @throws org.copkit.api.shared.InvalidInputException when the capacity is below 1
   */
  public static InMemoryStorage create(int eventLogCapacity) {
    return new InMemoryStorage(eventLogCapacity);
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public List<org.copkit.api.privacy.port.PersonalData> personalData() {
    return personalData;
  }

  /**
   * Audit entries ({@code audit-entry}) and the attention book's interruptions, digests sent and
   * unsubscribe tokens; the event log forgets by its capacity already.
   */
  @Override
  public List<org.copkit.api.privacy.port.RetainedData> retainedData() {
    List<org.copkit.api.privacy.port.RetainedData> kinds = new java.util.ArrayList<>();
    kinds.add(new org.copkit.api.privacy.port.RetainedData() {
      @Override
      public String kind() {
        return "audit-entry";
      }

      @Override
      public long sweep(java.time.Instant before, int max) {
        return auditTrail.sweep(before, max);
      }
    });
    kinds.addAll(attentionBook.retainedData());
    return List.copyOf(kinds);
  }

  @Override
  public org.copkit.api.notification.port.AttentionBook attentionBook() {
    return attentionBook;
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

  @Override
  public org.copkit.api.search.port.SearchSources searchSources() {
    return searchSources;
  }

  @Override
  public org.copkit.api.knowledge.port.KnowledgeItems knowledgeItems() {
    return knowledgeItems;
  }

  @Override
  public org.copkit.api.competence.port.CompetenceClaims competenceClaims() {
    return competenceClaims;
  }

  @Override
  public org.copkit.api.knowledge.port.KnowledgeSections knowledgeSections() {
    return knowledgeSections;
  }

  @Override
  public org.copkit.api.knowledge.port.ItemFeedback itemFeedback() {
    return itemFeedback;
  }

  @Override
  public org.copkit.api.knowledge.port.ItemReach itemReach() {
    return itemReach;
  }

  @Override
  public org.copkit.api.knowledge.port.AttachedFiles attachedFiles() {
    return attachedFiles;
  }

  @Override
  public org.copkit.api.portfolio.port.EvidenceSources evidenceSources() {
    return evidenceSources;
  }

  @Override
  public org.copkit.api.portfolio.port.PortfolioEntries portfolioEntries() {
    return portfolioEntries;
  }

  @Override
  public org.copkit.api.portfolio.port.PortfolioPages portfolioPages() {
    return portfolioPages;
  }

  @Override
  public org.copkit.api.knowledge.port.OutputCycles outputCycles() {
    return outputCycles;
  }

  @Override
  public org.copkit.api.knowledge.port.ReviewPolicies reviewPolicies() {
    return outputCycles;
  }

  @Override
  public LearningUnits learningUnits() {
    return learningUnits;
  }

  @Override
  public LearningPaths learningPaths() {
    return learningPaths;
  }

  @Override
  public Completions completions() {
    return completions;
  }

  @Override
  public CalendarEvents calendarEvents() {
    return calendarEvents;
  }

  @Override
  public Registrations registrations() {
    return registrations;
  }

  /**
   * The platform's default event publisher on this storage: a bounded log of the latest events,
   * from which an event published in a unit of work that rolls back is removed.
   *
   * @return the storage's event log
   */
  @Override
  public InMemoryEventLog eventPublisher() {
    return events;
  }
}
