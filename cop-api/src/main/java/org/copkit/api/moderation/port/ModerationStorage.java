package org.copkit.api.moderation.port;

import org.copkit.api.shared.Transactions;

/**
 * What a storage adapter provides for moderation: the ports, sharing one unit of work. {@code
 * org.copkit.api.storage.CopStorage} extends it.
 */
public interface ModerationStorage {

  /** @return the unit of work that every port below takes part in */
  Transactions transactions();

  /** @return flags */
  Flags flags();

  /** @return review queues */
  ReviewItems reviewItems();

  /** @return mutes */
  Mutes mutes();

  /** @return communities' own moderation settings */
  ModerationPolicies moderationPolicies();

  /** @return communities' switches for moderation rules */
  RuleSwitches ruleSwitches();
}
