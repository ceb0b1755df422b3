package org.copkit.api.analytics;

import org.copkit.api.shared.Validation;

/**
 * The bounds of the 1-9-90 split: a member with no contribution in the window is a {@link
 * ParticipationClass#LURKER}, one with at least {@code heavyFrom} is {@link ParticipationClass#HEAVY},
 * anyone in between is {@link ParticipationClass#INTERMITTENT}. The lurker bound is fixed at zero
 * so that contributors are always exactly the heavy and intermittent members.
 *
 * @param heavyFrom the fewest contributions of a heavy contributor, 2 to {@value #MAX_HEAVY_FROM}
 */
public record ParticipationThresholds(int heavyFrom) {

  /** The largest {@code heavyFrom} accepted. */
  public static final int MAX_HEAVY_FROM = 1_000_000;

  /** Heavy from 10 contributions, intermittent from 1 to 9, lurker at 0. */
  public static final ParticipationThresholds DEFAULT = new ParticipationThresholds(10);

  /** Validates the bound. */
  public ParticipationThresholds {
    Validation.between("heavyFrom", heavyFrom, 2, MAX_HEAVY_FROM);
  }

  /**
   * @param contributions a member's contributions in a window, not negative
   * @return the member's class
   */
  public ParticipationClass classify(long contributions) {
    Validation.notNegative("contributions", contributions);
    if (contributions == 0) {
      return ParticipationClass.LURKER;
    }
    return contributions >= heavyFrom ? ParticipationClass.HEAVY : ParticipationClass.INTERMITTENT;
  }
}
