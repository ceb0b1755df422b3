package org.copkit.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.copkit.api.analytics.LorenzPoint;
import org.junit.jupiter.api.Test;

/** Gini, top-1 % share and Lorenz curve on small distributions computed by hand. */
class ContributionDistributionTest {

  private static final double EXACT = 1e-12;

  @Test
  void weighsTheLurkersThroughTheirNumberAndTheContributorsRanks() {
    // x = [0, 0, 1, 3], Σx = 4: (2·3 − 5)·1 + (2·4 − 5)·3 = 10, over 4·4
    ContributionDistribution distribution = new ContributionDistribution(4, new long[] {3, 1});

    assertThat(distribution.total()).isEqualTo(4);
    assertThat(distribution.gini()).isCloseTo(0.625, within(EXACT));
    assertThat(distribution.top1PercentShare()).isCloseTo(0.75, within(EXACT));
  }

  @Test
  void readsTheLorenzCurveBetweenMembersByLinearInterpolation() {
    List<LorenzPoint> curve = new ContributionDistribution(4, new long[] {3, 1}).lorenz();

    assertThat(curve).hasSize(101);
    assertThat(curve.get(0)).isEqualTo(new LorenzPoint(0, 0));
    assertThat(curve.get(50).contributionShare()).isZero();
    assertThat(curve.get(75).contributionShare()).isCloseTo(0.25, within(EXACT));
    // t = 3.6: (0 + 0 + 1 + 0.6·3) / 4
    assertThat(curve.get(90).contributionShare()).isCloseTo(0.7, within(EXACT));
    assertThat(curve.get(90).memberShare()).isCloseTo(0.9, within(EXACT));
    assertThat(curve.get(100)).isEqualTo(new LorenzPoint(1, 1));
  }

  @Test
  void findsPerfectEqualityWhenEveryMemberMadeTheSame() {
    ContributionDistribution ties = new ContributionDistribution(3, new long[] {2, 2, 2});

    assertThat(ties.gini()).isZero();
    assertThat(ties.top1PercentShare()).isCloseTo(1.0 / 3, within(EXACT));
    assertThat(ties.lorenz()).allSatisfy(point -> assertThat(point.contributionShare()).isCloseTo(point.memberShare(), within(EXACT)));
  }

  @Test
  void givesTheSameFiguresWhateverTheOrderOfTiedCounts() {
    ContributionDistribution one = new ContributionDistribution(6, new long[] {5, 1, 5, 2});
    ContributionDistribution other = new ContributionDistribution(6, new long[] {2, 5, 1, 5});

    assertThat(one.gini()).isEqualTo(other.gini());
    assertThat(one.lorenz()).isEqualTo(other.lorenz());
    // x = [0, 0, 1, 2, 5, 5], Σx = 13, weights 2i − 7 = −5, −3, −1, 1, 3, 5: −1 + 2 + 15 + 25 = 41, over 6·13
    assertThat(one.gini()).isCloseTo(41.0 / 78, within(EXACT));
    assertThat(one.top1PercentShare()).isCloseTo(5.0 / 13, within(EXACT));
  }

  @Test
  void hasNoInequalityNoTopShareAndNoCurveWhenNobodyContributed() {
    ContributionDistribution silent = new ContributionDistribution(5, new long[0]);

    assertThat(silent.total()).isZero();
    assertThat(silent.gini()).isZero();
    assertThat(silent.top1PercentShare()).isZero();
    assertThat(silent.lorenz()).isEmpty();
  }

  @Test
  void hasNoInequalityForASingleMember() {
    ContributionDistribution alone = new ContributionDistribution(1, new long[] {5});

    assertThat(alone.gini()).isZero();
    assertThat(alone.top1PercentShare()).isEqualTo(1);
    assertThat(alone.lorenz().get(50).contributionShare()).isCloseTo(0.5, within(EXACT));
  }

  @Test
  void takesTheTopOnePercentRoundedUp() {
    // n = 200, so the top ⌈2⌉ = 2 members: all 40 contributions; G = (197·10 + 199·30) / (200·40)
    ContributionDistribution few = new ContributionDistribution(200, new long[] {10, 30});

    assertThat(few.top1PercentShare()).isEqualTo(1);
    assertThat(few.gini()).isCloseTo(7940.0 / 8000, within(EXACT));
  }

  @Test
  void approachesOneWhenOneMemberOfManyMadeEverything() {
    ContributionDistribution monopoly = new ContributionDistribution(1000, new long[] {7});

    assertThat(monopoly.gini()).isCloseTo(999.0 / 1000, within(EXACT));
  }

  @Test
  void refusesMoreContributorsThanMembers() {
    assertThatThrownBy(() -> new ContributionDistribution(1, new long[] {1, 1})).isInstanceOf(IllegalArgumentException.class);
  }
}
