package org.copkit.api.notification;

/**
 * Outbound port: hands notifications to the host, which delivers them its own way. Called inside
 * the transaction of the change; an implementation that delivers at once should queue and send
 * after commit.
 */
public interface Notifications {

  /**
   * Hands one notification over.
   *
   * @param notification the notification
   */
  void send(Notification notification);
}
