package org.copkit.core.shared;

import java.time.Instant;
import org.copkit.api.shared.MemberId;

/**
 * Whether a member may be interrupted now, by their own attention settings: features that would
 * notify someone at once (routing a question to them) ask first, and leave to the member's digest
 * what may not interrupt them. Wiring between features, never reaching hosts.
 */
public interface Attention {

  /** Interrupts everyone at any time: for assemblies built without digests. */
  Attention ALWAYS = (member, now) -> true;

  /**
   * @param member a member
   * @param now the instant
   * @return whether they want each notification as it happens and are outside their quiet hours
   */
  boolean interruptsNow(MemberId member, Instant now);
}
