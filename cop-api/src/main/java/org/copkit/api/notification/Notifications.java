package org.copkit.api.notification;

/**
 * Outbound port: hands notifications to the host, which delivers them its own way, on the channel
 * each names. Called inside the transaction of the change; an implementation that delivers at once
 * should queue and send after commit. Only what the recipient's {@link AttentionSettings} let through
 * at once reaches it, one call per channel; the rest comes in their digests.
 */
public interface Notifications {

  /**
   * Hands one notification over.
   *
   * @param notification the notification
   */
  void send(Notification notification);
}
