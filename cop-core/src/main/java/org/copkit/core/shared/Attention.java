package org.copkit.core.shared;

import java.time.Instant;
import java.util.Set;
import org.copkit.api.notification.Notification;
import org.copkit.api.shared.MemberId;

/**
 * Whether a member may be interrupted now, by their own attention settings, and through which
 * channels: features that would notify someone at once (routing a question to them) ask first,
 * inside their unit of work, and leave to the member's digest what may not interrupt them. Wiring
 * between features, never reaching hosts.
 */
public interface Attention {

  /** Interrupts everyone at any time, on the default channel: for assemblies built without digests. */
  Attention ALWAYS = (member, now) -> Set.of(Notification.DEFAULT_CHANNEL);

  /**
   * Spends one interruption of the member's daily budget when they may be interrupted now; part of
   * the caller's unit of work, so a rollback gives it back.
   *
   * @param member a member
   * @param now the instant
   * @return the channels to notify them through now; empty when they want a digest, are in their
   *     quiet hours or have spent today's budget
   */
  Set<String> interrupt(MemberId member, Instant now);
}
