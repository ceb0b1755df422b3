package org.copkit.core.analytics;

import java.util.EnumMap;
import java.util.Map;
import org.copkit.api.analytics.Movement;
import org.copkit.api.analytics.ParticipationClass;
import org.copkit.api.analytics.ParticipationThresholds;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.port.MemberTally;

/**
 * Movement between two consecutive windows, from their tallies. The members compared are those of
 * the previous window; a member missing from a window's contributors lurked in it.
 *
 * <ul>
 *   <li>each contributor of the previous window moves from their class there to their class now;
 *   <li>each contributor of the current window who did not contribute before but had joined before
 *       the current window started moves from LURKER;
 *   <li>the other members of the previous window stayed LURKER;
 *   <li>{@code joined} is the difference between the members of the two windows.
 * </ul>
 */
final class Movements {

  private Movements() {}

  static Movement between(Window previous, WindowTallies before, Window current, WindowTallies now,
      ParticipationThresholds thresholds) {
    Map<ParticipationClass, Map<ParticipationClass, Long>> transitions = new EnumMap<>(ParticipationClass.class);
    for (ParticipationClass from : ParticipationClass.values()) {
      Map<ParticipationClass, Long> row = new EnumMap<>(ParticipationClass.class);
      for (ParticipationClass to : ParticipationClass.values()) {
        row.put(to, 0L);
      }
      transitions.put(from, row);
    }
    long movedFromLurking = 0;
    for (MemberTally earlier : before.contributors()) {
      ParticipationClass to = now.classOf(earlier.member(), thresholds);
      transitions.get(thresholds.classify(earlier.contributions())).merge(to, 1L, Long::sum);
    }
    for (MemberTally later : now.contributors()) {
      if (!before.contributed(later.member()) && later.joinedAt().isBefore(current.from())) {
        transitions.get(ParticipationClass.LURKER).merge(thresholds.classify(later.contributions()), 1L, Long::sum);
        movedFromLurking++;
      }
    }
    long previousLurkers = before.classCounts(thresholds).get(ParticipationClass.LURKER);
    transitions.get(ParticipationClass.LURKER).put(ParticipationClass.LURKER, previousLurkers - movedFromLurking);
    return new Movement(previous, transitions, Math.max(0, now.members() - before.members()));
  }
}
