package org.copkit.api.notification.port;

import org.copkit.api.shared.Transactions;

/**
 * What a storage adapter provides for notifications, sharing one unit of work. {@code
 * org.copkit.api.storage.CopStorage} extends it.
 */
public interface NotificationStorage {

  /** @return the unit of work that every port below takes part in */
  Transactions transactions();

  /** @return members' attention settings, sent digests, unsubscribe tokens and interruptions */
  AttentionBook attentionBook();
}
