package org.copkit.api.analytics;

import java.util.List;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Who takes part, and how unequally, over one window. Every figure counts members, zeros
 * included: a member who made nothing in the window is a lurker and weighs in the Gini coefficient,
 * the top-1 % share and the Lorenz curve. The definitions of a member and a contribution are in
 * {@link org.copkit.api.analytics the package overview}.
 *
 * @param members the members, {@code n}
 * @param contributions the contributions they made, {@code Σx}
 * @param contributors the members with at least one contribution
 * @param activeParticipationRate {@code contributors / members}, 0 when there are no members
 *     (Compartim reported 0.1617)
 * @param heavy the members with at least {@link ParticipationThresholds#heavyFrom()} contributions
 * @param intermittent the other contributors
 * @param lurkers the members without a contribution
 * @param gini the Gini coefficient of the members' contributions, {@code Σ_i (2i − n − 1)·x_i / (n·Σx)}
 *     with {@code x_1 ≤ … ≤ x_n} (i from 1); 0 when nobody contributed
 * @param top1PercentShare the share of the contributions made by the top {@code ⌈n / 100⌉} members;
 *     0 when nobody contributed
 * @param lorenz the Lorenz curve at every percent of the members: 101 points from (0, 0) to (1, 1),
 *     the curve through {@code (i/n, (x_1 + … + x_i)/Σx)} read by linear interpolation; empty when
 *     nobody contributed
 */
public record Participation(
    long members,
    long contributions,
    long contributors,
    double activeParticipationRate,
    long heavy,
    long intermittent,
    long lurkers,
    double gini,
    double top1PercentShare,
    List<LorenzPoint> lorenz) {

  /** Validates the figures against each other and copies the curve. */
  public Participation {
    Validation.notNegative("members", members);
    Validation.notNegative("contributions", contributions);
    Validation.notNegative("heavy", heavy);
    Validation.notNegative("intermittent", intermittent);
    Validation.notNegative("lurkers", lurkers);
    Checks.sum("contributors", contributors, heavy, intermittent);
    Checks.sum("members", members, contributors, lurkers);
    if (contributions < contributors) {
      throw new InvalidInputException("contributions", "must be at least the contributors (" + contributors + ")");
    }
    Checks.fraction("activeParticipationRate", activeParticipationRate);
    Checks.fraction("gini", gini);
    Checks.fraction("top1PercentShare", top1PercentShare);
    lorenz = List.copyOf(Validation.noNulls("lorenz", lorenz));
  }

  /**
   * The figures of a window in which the members made nothing.
   *
   * @param members how many members there are
   * @return every member a lurker
   */
  public static Participation none(long members) {
    return new Participation(members, 0, 0, 0, 0, 0, members, 0, 0, List.of());
  }
}
