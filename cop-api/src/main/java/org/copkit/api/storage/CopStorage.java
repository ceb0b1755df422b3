package org.copkit.api.storage;

import org.copkit.api.analytics.port.AnalyticsStorage;
import org.copkit.api.community.port.Communities;
import org.copkit.api.community.port.Invitations;
import org.copkit.api.community.port.JoinRequests;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.api.shared.AuditTrail;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.Transactions;

/**
 * Everything a storage adapter provides: the unit of work and one implementation of every storage
 * port of every feature, all sharing that unit of work. Hand one to {@code
 * CopPlatform.builder().storage(..)}.
 *
 * <p>CoPKit ships two: the in-memory storage in {@code cop-core} (the default) and the JPA storage
 * in {@code cop-jpa-adapter}. Both pass the contract suites in {@code cop-tck}.
 */
public interface CopStorage extends DiscussionStorage, ModerationStorage, AnalyticsStorage {

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
   * The publisher the platform uses for domain events unless the host gives its own: it keeps each
   * event with the change that raised it (the JPA adapter writes it to its outbox table in the same
   * transaction; the in-memory storage keeps a bounded log).
   *
   * @return the storage's event publisher
   */
  EventPublisher eventPublisher();
}
