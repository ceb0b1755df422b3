package org.copkit.core.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.copkit.api.analytics.LorenzPoint;

/**
 * The contributions of the {@code n} members of a window, sorted ascending, zeros included: {@code
 * x_1 ≤ … ≤ x_n}, of which the first {@code n − c} are zeros and the last {@code c} are the
 * contributors' counts. Only the contributors' counts are held.
 */
final class ContributionDistribution {

  /** The Lorenz curve is read at every percent of the members. */
  static final int LORENZ_STEPS = 100;

  private final long members;
  private final long[] contributorCounts;
  private final long total;

  /**
   * @param members n, at least the number of counts
   * @param contributorCounts the contributors' counts, each at least 1, in any order
   */
  ContributionDistribution(long members, long[] contributorCounts) {
    if (contributorCounts.length > members) {
      throw new IllegalArgumentException(contributorCounts.length + " contributors among " + members + " members");
    }
    this.members = members;
    this.contributorCounts = contributorCounts.clone();
    Arrays.sort(this.contributorCounts);
    long sum = 0;
    for (long count : this.contributorCounts) {
      sum = Math.addExact(sum, count);
    }
    this.total = sum;
  }

  long members() {
    return members;
  }

  long total() {
    return total;
  }

  private long zeros() {
    return members - contributorCounts.length;
  }

  /** {@code x_i} for i from 1 to n. */
  private long x(long i) {
    return i <= zeros() ? 0 : contributorCounts[Math.toIntExact(i - zeros() - 1)];
  }

  /**
   * The Gini coefficient {@code G = Σ_{i=1..n} (2i − n − 1)·x_i / (n·Σx)}, with {@code x} ascending.
   * Zeros add nothing to the sum but weigh through {@code n} and through the ranks {@code i} of the
   * contributors. The numerator is summed exactly in integers. 0 when nobody contributed.
   *
   * @return G, from 0 (everyone made the same) to {@code (n − 1)/n} (one member made everything)
   */
  double gini() {
    if (total == 0) {
      return 0;
    }
    long numerator = 0;
    long rank = zeros();
    for (long count : contributorCounts) {
      rank++;
      numerator = Math.addExact(numerator, Math.multiplyExact(2 * rank - members - 1, count));
    }
    return numerator / ((double) members * total);
  }

  /**
   * The share of the contributions made by the top {@code k = ⌈n / 100⌉} members: {@code
   * (x_{n−k+1} + … + x_n) / Σx}. Ties at the cut do not matter: equal counts add up the same. 0
   * when nobody contributed.
   *
   * @return the share
   */
  double top1PercentShare() {
    if (total == 0) {
      return 0;
    }
    long top = (members + 99) / 100;
    long sum = 0;
    for (int i = contributorCounts.length - 1; i >= 0 && top > 0; i--, top--) {
      sum += contributorCounts[i];
    }
    return (double) sum / total;
  }

  /**
   * The Lorenz curve at every percent of the members: for {@code j = 0..100}, with {@code t = j·n/100},
   * {@code L = (x_1 + … + x_⌊t⌋ + (t − ⌊t⌋)·x_{⌊t⌋+1}) / Σx}, the piecewise linear curve through
   * {@code (i/n, (x_1 + … + x_i)/Σx)}. Empty when nobody contributed.
   *
   * @return 101 points from (0, 0) to (1, 1), or none
   */
  List<LorenzPoint> lorenz() {
    if (total == 0) {
      return List.of();
    }
    List<LorenzPoint> points = new ArrayList<>(LORENZ_STEPS + 1);
    long below = 0;
    long counted = 0;
    for (int j = 0; j <= LORENZ_STEPS; j++) {
      long scaled = Math.multiplyExact((long) j, members);
      long whole = scaled / LORENZ_STEPS;
      while (counted < whole) {
        counted++;
        below += x(counted);
      }
      double fraction = (double) (scaled % LORENZ_STEPS) / LORENZ_STEPS;
      double partial = whole < members ? fraction * x(whole + 1) : 0;
      double share = Math.min(1, (below + partial) / total);
      points.add(new LorenzPoint((double) j / LORENZ_STEPS, share));
    }
    return List.copyOf(points);
  }
}
