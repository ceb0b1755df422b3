package org.copkit.api.storage;

import org.copkit.api.analytics.port.AnalyticsStorage;
import org.copkit.api.community.port.Communities;
import org.copkit.api.community.port.Invitations;
import org.copkit.api.community.port.JoinRequests;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.competence.port.CompetenceStorage;
import org.copkit.api.portfolio.port.PortfolioStorage;
import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.api.knowledge.port.KnowledgeStorage;
import org.copkit.api.knowledge.port.ProductionStorage;
import org.copkit.api.learning.port.LearningStorage;
import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.api.search.port.SearchStorage;
import org.copkit.api.shared.AuditTrail;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.Transactions;

/**
 * Everything a storage adapter provides: the unit of work and one implementation of every storage
 * port of every feature, all sharing that unit of work. Hand one to {@code
 * CopPlatform.builder().storage(..)}.
 *
 * <p>CoPKit ships two: the in-memory storage in {@code cop-core} (the default) and the JPA storage
 * in {@code cop-jpa-adapter}. Both pass the contract suites in {@code cop-tck}; {@code
 * docs/adapters.md} is the guide to writing another.
 *
 * <p>Rules every port keeps:
 *
 * <ul>
 *   <li>IDs compare as exact text: member IDs that differ only in case or accents ({@code "Núria"},
 *       {@code "Nuria"}) are different people.
 *   <li>Where a list breaks ties "by ID", IDs compare as their canonical text ({@code toString()},
 *       {@link String#compareTo}), not as {@link java.util.UUID#compareTo}.
 *   <li>Instants come back exactly as given, to the microsecond (the fixtures' precision; the core
 *       never writes finer ones), whatever the zone of the JVM or the database.
 *   <li>Under concurrency, a write that loses to another transaction raises the {@link
 *       org.copkit.api.shared.ConflictException} its port names: DUPLICATE for a key another
 *       transaction took first, STALE_VERSION for an update at a version another transaction moved
 *       on. Any write may also raise STALE_VERSION when the database sacrificed its transaction (a
 *       deadlock, a serialization failure), which the core retries.
 *   <li>Uniqueness rules are held by the storage under any concurrency, never by a read followed by
 *       a write; the writes of a unit of work that rolls back are seen by no other one.
 * </ul>
 */
public interface CopStorage extends DiscussionStorage, ModerationStorage, AnalyticsStorage, LearningStorage,
    KnowledgeStorage, CompetenceStorage, SearchStorage, PortfolioStorage, ProductionStorage,
    org.copkit.api.privacy.port.PrivacyStorage, org.copkit.api.notification.port.NotificationStorage {

  /** @return the unit of work that every port takes part in */
  @Override
  Transactions transactions();

  /** @return communities and their stage history */
  Communities communities();

  /** @return memberships */
  Memberships memberships();

  /** @return join requests */
  JoinRequests joinRequests();

  /** @return invitations */
  Invitations invitations();

  /** @return the audit trail */
  AuditTrail auditTrail();

  /**
   * @return the ordered log of the changes that the platform's in-memory structures (the feed) are
   *     derived from
   */
  ChangeLog changeLog();

  /**
   * The publisher the platform uses for domain events unless the host gives its own: it keeps each
   * event with the change that raised it (the JPA adapter writes it to its outbox table in the same
   * transaction; the in-memory storage keeps a bounded log).
   *
   * @return the storage's event publisher
   */
  EventPublisher eventPublisher();
}
