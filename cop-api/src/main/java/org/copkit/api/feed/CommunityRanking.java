package org.copkit.api.feed;

import java.time.Duration;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * How a community's activities age and what they gain from their own qualities. The platform sets
 * a default; a community may override it (see {@link FeedSettings}).
 *
 * @param halfLife the time after which an activity's weight has halved, from {@value
 *     #MIN_HALF_LIFE_MINUTES} minute to {@value #MAX_HALF_LIFE_DAYS} days
 * @param engagement the weight of {@link BuiltInSignal#ENGAGEMENT}
 * @param authorRole the weight of {@link BuiltInSignal#AUTHOR_ROLE}
 */
public record CommunityRanking(Duration halfLife, double engagement, double authorRole) {

  /** The shortest half-life accepted, in minutes. */
  public static final int MIN_HALF_LIFE_MINUTES = 1;
  /** The longest half-life accepted, in days. */
  public static final int MAX_HALF_LIFE_DAYS = 36_500;

  /** Validates the fields. */
  public CommunityRanking {
    Validation.required("halfLife", halfLife);
    if (halfLife.compareTo(Duration.ofMinutes(MIN_HALF_LIFE_MINUTES)) < 0
        || halfLife.compareTo(Duration.ofDays(MAX_HALF_LIFE_DAYS)) > 0) {
      throw new InvalidInputException(
          "halfLife",
          "must be between " + MIN_HALF_LIFE_MINUTES + " minute and " + MAX_HALF_LIFE_DAYS + " days");
    }
    FeedValidation.weight("engagement", engagement);
    FeedValidation.weight("authorRole", authorRole);
  }

  /** @return a 72-hour half-life, engagement 1.0, author role 0.7 */
  public static CommunityRanking defaults() {
    return new CommunityRanking(Duration.ofHours(72), 1.0, 0.7);
  }

  /**
   * @param next the new half-life
   * @return a copy with another half-life
   */
  public CommunityRanking withHalfLife(Duration next) {
    return new CommunityRanking(next, engagement, authorRole);
  }
}
