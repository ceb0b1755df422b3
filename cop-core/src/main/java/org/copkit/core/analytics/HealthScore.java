package org.copkit.core.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.copkit.api.analytics.ComponentBalance;
import org.copkit.api.analytics.Dormancy;
import org.copkit.api.analytics.Health;
import org.copkit.api.analytics.HealthFactor;
import org.copkit.api.analytics.Participation;
import org.copkit.api.analytics.QuestionFigures;
import org.copkit.api.community.Community;

/**
 * A community's health: the factors of {@link HealthFactor}, each from 0 to 1, their weighted mean
 * over those that apply as a score from 0 to 100, and the community's {@link Dormancy}.
 */
final class HealthScore {

  /** The active participation rate at which {@link HealthFactor#PARTICIPATION} is full: the 1-9-90 rule's 10 %. */
  static final double EXPECTED_PARTICIPATION = 0.10;

  private HealthScore() {}

  /**
   * @param participation the window's participation
   * @param components the window's component balance
   * @param questions the window's questions
   * @param previousContributions the contributions of the previous window of the same length
   * @param dormancy the community's dormancy
   * @return the health
   */
  static Health of(Participation participation, ComponentBalance components, QuestionFigures questions,
      long previousContributions, Dormancy dormancy) {
    Map<HealthFactor, Double> factors = new EnumMap<>(HealthFactor.class);
    factors.put(HealthFactor.PARTICIPATION, Math.min(1, participation.activeParticipationRate() / EXPECTED_PARTICIPATION));
    if (participation.contributions() > 0) {
      factors.put(HealthFactor.SPREAD, 1 - participation.top1PercentShare());
      factors.put(HealthFactor.BALANCE, components.evenness());
    }
    if (questions.asked() > 0) {
      factors.put(HealthFactor.RESPONSIVENESS, questions.shareAnswered());
    }
    factors.put(HealthFactor.MOMENTUM, momentum(participation.contributions(), previousContributions));
    double weighted = 0;
    double weights = 0;
    for (Map.Entry<HealthFactor, Double> factor : factors.entrySet()) {
      weighted += factor.getKey().weight() * factor.getValue();
      weights += factor.getKey().weight();
    }
    return new Health((int) Math.round(100 * weighted / weights), factors, dormancy);
  }

  /** {@code min(1, now / before)}; 1 when only now has any, 0 when neither has. */
  private static double momentum(long now, long before) {
    if (before == 0) {
      return now > 0 ? 1 : 0;
    }
    return Math.min(1, (double) now / before);
  }

  /**
   * Reads dormancy the way {@code CommunityLifecycle.sweepDormant} decides it: an ACTIVE community
   * whose last activity is before {@code now − period} is due.
   *
   * @param community the community as stored
   * @param now the platform clock's time
   * @param period the platform's dormancy period
   * @return its dormancy
   */
  static Dormancy dormancy(Community community, Instant now, Duration period) {
    Instant last = community.lastActivityAt();
    return switch (community.stage()) {
      case ACTIVE -> last.isBefore(now.minus(period))
          ? new Dormancy.Due(last, Duration.between(last, now))
          : new Dormancy.Awake(last, last.plus(period));
      case DORMANT -> new Dormancy.Asleep(last);
      case PROPOSED, ARCHIVED -> new Dormancy.OutsideCycle(community.stage(), last);
    };
  }
}
