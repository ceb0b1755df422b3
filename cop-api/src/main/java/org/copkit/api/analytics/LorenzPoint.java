package org.copkit.api.analytics;

/**
 * One point of a Lorenz curve: the poorest {@code memberShare} of the members (by contributions,
 * ascending) made {@code contributionShare} of the contributions.
 *
 * @param memberShare a share of the members, 0 to 1
 * @param contributionShare the share of the contributions they made, 0 to 1, never above {@code memberShare}
 */
public record LorenzPoint(double memberShare, double contributionShare) {

  /** Validates the shares. */
  public LorenzPoint {
    Checks.fraction("memberShare", memberShare);
    Checks.fraction("contributionShare", contributionShare);
  }
}
