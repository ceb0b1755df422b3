package org.copkit.api.learning;

import java.util.Set;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/** The one rule for the competences a unit or an event addresses: at most {@value #MAX} of them. */
final class Alignment {

  static final int MAX = 20;

  private Alignment() {}

  static Set<CompetenceLevel> competences(Set<CompetenceLevel> competences) {
    Set<CompetenceLevel> copy = Set.copyOf(Validation.noNulls("competences", competences));
    if (copy.size() > MAX) {
      throw new InvalidInputException("competences", "must hold at most " + MAX + " competences");
    }
    if (copy.stream().map(CompetenceLevel::competence).distinct().count() < copy.size()) {
      throw new InvalidInputException("competences", "must name each competence once");
    }
    return copy;
  }
}
