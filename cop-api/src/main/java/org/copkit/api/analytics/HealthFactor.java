package org.copkit.api.analytics;

/**
 * The measures the health score is made of. Each is a number from 0 (bad) to 1 (good) with a
 * weight; the score is their weighted mean over the factors that apply, times 100.
 */
public enum HealthFactor {

  /**
   * Enough members take part: {@code min(1, activeParticipationRate / 0.10)}, full marks at the
   * 10 % of contributors that the 1-9-90 rule expects. Always applies.
   */
  PARTICIPATION(0.30),

  /**
   * The community is not carried by a handful: {@code 1 − top1PercentShare}. Applies when someone
   * contributed.
   */
  SPREAD(0.15),

  /** Questions get answers: {@code QuestionFigures.shareAnswered}. Applies when a question was asked. */
  RESPONSIVENESS(0.20),

  /**
   * All four CoP components are alive: {@link ComponentBalance#evenness()}. Applies when someone
   * contributed.
   */
  BALANCE(0.15),

  /**
   * Activity holds up: {@code min(1, contributions / previousContributions)} against the previous
   * window of the same length; 1 when the previous window had none and this one has some, 0 when
   * neither has any. Always applies.
   */
  MOMENTUM(0.20);

  private final double weight;

  HealthFactor(double weight) {
    this.weight = weight;
  }

  /** @return its weight in the score; the weights of all factors add up to 1 */
  public double weight() {
    return weight;
  }
}
