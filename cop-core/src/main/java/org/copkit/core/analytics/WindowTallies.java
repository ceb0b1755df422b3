package org.copkit.core.analytics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copkit.api.analytics.Participation;
import org.copkit.api.analytics.ParticipationClass;
import org.copkit.api.analytics.ParticipationThresholds;
import org.copkit.api.analytics.TierParticipation;
import org.copkit.api.analytics.port.MemberTally;
import org.copkit.api.community.Tier;
import org.copkit.api.shared.MemberId;

/**
 * What storage counted for one window: its members per tier and the tallies of its contributors.
 * Everything about who takes part over the window is computed from these two.
 */
final class WindowTallies {

  private final Map<Tier, Long> members;
  private final Map<MemberId, MemberTally> contributors;

  /**
   * @param members the members of each tier; a missing tier has none
   * @param contributors the tallies of the members with at least one contribution
   */
  WindowTallies(Map<Tier, Long> members, List<MemberTally> contributors) {
    this.members = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      this.members.put(tier, members.getOrDefault(tier, 0L));
    }
    this.contributors = new HashMap<>(contributors.size() * 2);
    for (MemberTally tally : contributors) {
      if (tally.contributions() > 0) {
        this.contributors.put(tally.member(), tally);
      }
    }
  }

  /** @return n, the members of every tier */
  long members() {
    return members.values().stream().mapToLong(Long::longValue).sum();
  }

  /** @return Σx, the contributions of every member */
  long contributions() {
    return contributors.values().stream().mapToLong(MemberTally::contributions).sum();
  }

  /** @return the tallies of the contributors, in no particular order */
  Iterable<MemberTally> contributors() {
    return contributors.values();
  }

  /**
   * @param member a member
   * @return their contributions, 0 for a lurker
   */
  long contributionsOf(MemberId member) {
    MemberTally tally = contributors.get(member);
    return tally == null ? 0 : tally.contributions();
  }

  /**
   * @param member a member
   * @return whether they contributed in the window
   */
  boolean contributed(MemberId member) {
    return contributors.containsKey(member);
  }

  /**
   * @param member a member
   * @param thresholds the bounds of the split
   * @return their class, LURKER when they made nothing
   */
  ParticipationClass classOf(MemberId member, ParticipationThresholds thresholds) {
    return thresholds.classify(contributionsOf(member));
  }

  /**
   * @param thresholds the bounds of the split
   * @return how many members fall in each class
   */
  Map<ParticipationClass, Long> classCounts(ParticipationThresholds thresholds) {
    Map<ParticipationClass, Long> counts = new EnumMap<>(ParticipationClass.class);
    for (ParticipationClass participationClass : ParticipationClass.values()) {
      counts.put(participationClass, 0L);
    }
    for (MemberTally tally : contributors.values()) {
      counts.merge(thresholds.classify(tally.contributions()), 1L, Long::sum);
    }
    counts.put(ParticipationClass.LURKER, members() - contributors.size());
    return counts;
  }

  /**
   * @param thresholds the bounds of the split
   * @return the window's participation, with the inequality measures of {@link ContributionDistribution}
   */
  Participation participation(ParticipationThresholds thresholds) {
    long n = members();
    long[] counts = contributors.values().stream().mapToLong(MemberTally::contributions).toArray();
    ContributionDistribution distribution = new ContributionDistribution(n, counts);
    Map<ParticipationClass, Long> classes = classCounts(thresholds);
    long contributorCount = counts.length;
    return new Participation(n, distribution.total(), contributorCount, n == 0 ? 0 : (double) contributorCount / n,
        classes.get(ParticipationClass.HEAVY), classes.get(ParticipationClass.INTERMITTENT),
        classes.get(ParticipationClass.LURKER), distribution.gini(), distribution.top1PercentShare(),
        distribution.lorenz());
  }

  /** @return the figures of each tier, in the order of {@link Tier} */
  List<TierParticipation> tiers() {
    Map<Tier, long[]> sums = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      sums.put(tier, new long[2]);
    }
    for (MemberTally tally : contributors.values()) {
      long[] sum = sums.get(tally.tier());
      sum[0] += tally.contributions();
      sum[1]++;
    }
    List<TierParticipation> tiers = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      tiers.add(TierParticipation.of(tier, members.get(tier), sums.get(tier)[0], sums.get(tier)[1]));
    }
    return List.copyOf(tiers);
  }
}
