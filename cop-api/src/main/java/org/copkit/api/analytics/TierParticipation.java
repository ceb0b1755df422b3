package org.copkit.api.analytics;

import org.copkit.api.community.Tier;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Core versus periphery: how the members of one tier took part over a window.
 *
 * @param tier the tier: the CORE working group, the PARTICIPANT periphery, or OBSERVERs
 * @param members its members
 * @param contributions the contributions they made
 * @param contributors those of them with at least one contribution
 * @param activeParticipationRate {@code contributors / members}, 0 when the tier has no members
 */
public record TierParticipation(Tier tier, long members, long contributions, long contributors, double activeParticipationRate) {

  /** Validates the figures. */
  public TierParticipation {
    Validation.required("tier", tier);
    Validation.notNegative("members", members);
    Validation.notNegative("contributions", contributions);
    Validation.notNegative("contributors", contributors);
    if (contributors > members || contributors > contributions) {
      throw new InvalidInputException("contributors", "must be at most the members and the contributions");
    }
    Checks.fraction("activeParticipationRate", activeParticipationRate);
  }

  /**
   * @param tier the tier
   * @param members its members
   * @param contributions their contributions
   * @param contributors the members who contributed
   * @return the figures, with the rate computed
   */
  public static TierParticipation of(Tier tier, long members, long contributions, long contributors) {
    return new TierParticipation(tier, members, contributions, contributors, Checks.ratio(contributors, members));
  }
}
