package org.copkit.jpa.learning;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.learning.LearningUnitId;

/**
 * How the small collections of learning records are kept in one column: competences as {@code
 * ref=level} separated by {@code ;} in the order of their text (a competence reference holds neither
 * character), a path's units as their IDs separated by {@code ,}.
 */
final class Codec {

  /** The longest text of the competences of a unit or an event: 20 of at most 85 characters. */
  static final int COMPETENCES_LENGTH = 2000;
  /** The longest text of a path's units: 100 IDs of 36 characters and their separators. */
  static final int UNITS_LENGTH = 3700;

  private Codec() {}

  static String competences(Set<CompetenceLevel> competences) {
    return competences.stream().map(c -> c.competence() + "=" + c.level()).sorted().collect(Collectors.joining(";"));
  }

  static Set<CompetenceLevel> competences(String text) {
    if (text == null || text.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(text.split(";"))
        .map(item -> {
          int eq = item.lastIndexOf('=');
          return new CompetenceLevel(CompetenceRef.of(item.substring(0, eq)), Integer.parseInt(item.substring(eq + 1)));
        })
        .collect(Collectors.toUnmodifiableSet());
  }

  static String units(List<LearningUnitId> units) {
    return units.stream().map(LearningUnitId::toString).collect(Collectors.joining(","));
  }

  static List<LearningUnitId> units(String text) {
    return Arrays.stream(text.split(",")).map(LearningUnitId::of).toList();
  }
}
