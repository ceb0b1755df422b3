package org.copkit.api.analytics;

import org.copkit.api.community.Tier;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * One member's participation in a community over a window: the individual figure that only the
 * member and the community's e-moderators (and administrators) may read.
 *
 * @param member the member
 * @param tier their tier
 * @param contributions their contributions in the window
 * @param participationClass their class in the 1-9-90 split
 */
public record MemberParticipation(MemberId member, Tier tier, long contributions, ParticipationClass participationClass) {

  /** Validates the fields: a lurker has no contribution, a contributor has some. */
  public MemberParticipation {
    Validation.required("member", member);
    Validation.required("tier", tier);
    Validation.notNegative("contributions", contributions);
    Validation.required("participationClass", participationClass);
    if (participationClass.isContributor() != (contributions > 0)) {
      throw new InvalidInputException("participationClass", "must be LURKER exactly when there is no contribution");
    }
  }
}
