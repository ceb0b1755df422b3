package org.copkit.core.shared;

import java.time.Instant;
import java.util.Set;
import org.copkit.api.notification.Notification;
import org.copkit.api.notification.Notifications;
import org.copkit.api.shared.MemberId;

/**
 * The one path every notification for a person takes: whether a member may be interrupted now, by
 * their own attention settings, and through which channels. A channel that hears of things as they
 * happen is told at once (outside the member's quiet hours, while today's budget of interruptions
 * lasts: one interruption per notification, whatever the channels); every other channel gets it in
 * the member's next digest. Features ask inside their unit of work, so what is spent or held commits
 * with their change. Wiring between features, never reaching hosts.
 */
public interface Attention {

  /**
   * Interrupts everyone at any time, on the default channel, and holds nothing: for assemblies built
   * without digests.
   *
   * @param notifications where notifications go
   * @return that attention
   */
  static Attention always(Notifications notifications) {
    return new Attention() {
      @Override
      public Set<String> interrupt(MemberId member, Instant now) {
        return Set.of(Notification.DEFAULT_CHANNEL);
      }

      @Override
      public void tell(Notification notification) {
        notifications.send(notification);
      }
    };
  }

  /**
   * Spends one interruption of the member's daily budget when some channel of theirs may be
   * interrupted now; part of the caller's unit of work, so a rollback gives it back. The caller
   * keeps what it tells and what it holds (routing records both in its own change).
   *
   * @param member a member
   * @param now the instant
   * @return the channels to notify them through now: those that hear of everything as it happens,
   *     none when they are in their quiet hours or have spent today's budget
   */
  Set<String> interrupt(MemberId member, Instant now);

  /**
   * Tells a member of something (a mention, a moderation decision, …): hands it to the host on the
   * channels that may be interrupted now ({@link #interrupt}), and holds it, in the storage's unit of
   * work, for the digests of the others. Nothing at all when the member unsubscribed from its topic.
   *
   * @param notification the notification; its channel is ignored, the recipient's settings name them
   */
  void tell(Notification notification);
}
