package org.copkit.api.analytics;

import java.util.EnumMap;
import java.util.Map;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * How members moved between two consecutive windows of the same length: the {@link
 * Window#previous() previous} one and the current one. Only members of both windows (who joined
 * before the previous window ended) are compared; those who joined during the current window are
 * counted apart, as {@code joined}.
 *
 * @param previous the earlier window
 * @param transitions for each class in the previous window, how many of its members ended in each
 *     class in the current one; every pair of classes is present, zeros included
 * @param joined members who joined during the current window, not compared
 */
public record Movement(Window previous, Map<ParticipationClass, Map<ParticipationClass, Long>> transitions, long joined) {

  /** Validates and copies the transitions. */
  public Movement {
    Validation.required("previous", previous);
    Validation.required("transitions", transitions);
    Map<ParticipationClass, Map<ParticipationClass, Long>> copy = new EnumMap<>(ParticipationClass.class);
    for (ParticipationClass from : ParticipationClass.values()) {
      Map<ParticipationClass, Long> row = transitions.get(from);
      if (row == null) {
        throw new InvalidInputException("transitions", "must have a row for " + from);
      }
      Map<ParticipationClass, Long> rowCopy = new EnumMap<>(ParticipationClass.class);
      for (ParticipationClass to : ParticipationClass.values()) {
        Long members = row.get(to);
        if (members == null || members < 0) {
          throw new InvalidInputException("transitions", "must count " + from + " to " + to + " with a number not below zero");
        }
        rowCopy.put(to, members);
      }
      copy.put(from, Map.copyOf(rowCopy));
    }
    transitions = Map.copyOf(copy);
    Validation.notNegative("joined", joined);
  }

  /**
   * @param from the class in the previous window
   * @param to the class in the current window
   * @return how many members moved so (or stayed, when the classes are equal)
   */
  public long count(ParticipationClass from, ParticipationClass to) {
    return transitions.get(from).get(to);
  }

  /** @return activation: members who lurked in the previous window and contributed in this one */
  public long activated() {
    return count(ParticipationClass.LURKER, ParticipationClass.HEAVY)
        + count(ParticipationClass.LURKER, ParticipationClass.INTERMITTENT);
  }

  /** @return the way back: members who contributed in the previous window and lurked in this one */
  public long lapsed() {
    return count(ParticipationClass.HEAVY, ParticipationClass.LURKER)
        + count(ParticipationClass.INTERMITTENT, ParticipationClass.LURKER);
  }

  /** @return members who contributed in both windows */
  public long retained() {
    return count(ParticipationClass.HEAVY, ParticipationClass.HEAVY)
        + count(ParticipationClass.HEAVY, ParticipationClass.INTERMITTENT)
        + count(ParticipationClass.INTERMITTENT, ParticipationClass.HEAVY)
        + count(ParticipationClass.INTERMITTENT, ParticipationClass.INTERMITTENT);
  }

  /** @return members who lurked in both windows */
  public long stillLurking() {
    return count(ParticipationClass.LURKER, ParticipationClass.LURKER);
  }
}
