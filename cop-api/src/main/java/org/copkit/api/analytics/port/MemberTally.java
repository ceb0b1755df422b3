package org.copkit.api.analytics.port;

import java.time.Instant;
import org.copkit.api.community.Tier;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * How many contributions one member made in a window.
 *
 * @param member the member
 * @param tier their tier (on the whole platform: the closest to the work among their memberships
 *     joined before the window ended)
 * @param joinedAt when they joined (on the whole platform: their earliest membership)
 * @param contributions their contributions, not negative
 */
public record MemberTally(MemberId member, Tier tier, Instant joinedAt, long contributions) {

  /** Validates the fields. */
  public MemberTally {
    Validation.required("member", member);
    Validation.required("tier", tier);
    Validation.required("joinedAt", joinedAt);
    Validation.notNegative("contributions", contributions);
  }
}
