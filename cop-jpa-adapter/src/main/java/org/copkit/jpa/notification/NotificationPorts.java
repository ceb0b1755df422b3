package org.copkit.jpa.notification;

import java.util.List;
import org.copkit.api.notification.port.AttentionBook;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * <b>Wiring, not API:</b> builds the JPA implementations of the notification ports for {@code
 * JpaStorage}. Hosts use {@code JpaStorage}; nothing here is meant for them.
 */
public final class NotificationPorts {

  private NotificationPorts() {}

  /** @return the entity classes of this feature, for the persistence unit */
  public static List<Class<?>> entityClasses() {
    return List.of(AttentionRow.class, SentDigestRow.class, UnsubscribeTokenRow.class, InterruptionRow.class,
        PageClaimRow.class);
  }

  /**
   * @param transactions the unit of work
   * @return members' attention
   */
  public static AttentionBook attentionBook(JpaTransactions transactions) {
    return new JpaAttentionBook(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return the attention book's kinds of rows kept only for a while: interruptions, digests sent,
   *     unsubscribe tokens
   */
  public static List<org.copkit.api.privacy.port.RetainedData> retainedData(JpaTransactions transactions) {
    return AttentionRetention.of(transactions);
  }
}
