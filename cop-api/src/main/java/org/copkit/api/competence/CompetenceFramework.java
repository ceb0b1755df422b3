package org.copkit.api.competence;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * One version of a competence framework: its areas and competences, its proficiency levels, and
 * the publication it comes from. Immutable.
 *
 * @param ref its identifier and version
 * @param name its name, such as {@code DigComp 2.2}
 * @param source the publication it is taken from, cited in full (authors, year, title, report
 *     number, licence), possibly empty for a host's own framework
 * @param areas its areas, in order; competence codes are unique across them and every competence
 *     names this framework
 * @param levels its proficiency levels, ranked 1, 2, … without gaps
 */
public record CompetenceFramework(
    FrameworkRef ref, String name, String source, List<CompetenceArea> areas, List<ProficiencyLevel> levels) {

  /** Validates the fields and copies the lists. */
  public CompetenceFramework {
    Validation.required("framework.ref", ref);
    name = Validation.name("framework.name", name, 200);
    source = Validation.optionalText("framework.source", source, 1000);
    areas = List.copyOf(Validation.noNulls("framework.areas", Validation.required("framework.areas", areas)));
    levels = List.copyOf(Validation.noNulls("framework.levels", Validation.required("framework.levels", levels)));
    if (areas.isEmpty()) {
      throw new InvalidInputException("framework.areas", "must hold at least one area");
    }
    if (levels.isEmpty()) {
      throw new InvalidInputException("framework.levels", "must hold at least one level");
    }
    Set<String> codes = new HashSet<>();
    for (CompetenceArea area : areas) {
      for (Competence competence : area.competences()) {
        if (!competence.ref().framework().equals(ref)) {
          throw new InvalidInputException("framework.areas", "competence " + competence.ref() + " names another framework");
        }
        if (!codes.add(competence.ref().code())) {
          throw new InvalidInputException("framework.areas", "competence code " + competence.ref().code() + " appears twice");
        }
      }
    }
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).rank() != i + 1) {
        throw new InvalidInputException("framework.levels", "must be ranked 1, 2, … in order without gaps");
      }
    }
  }

  /** @return every competence, area by area, in the framework's order */
  public List<Competence> competences() {
    return areas.stream().flatMap(area -> area.competences().stream()).toList();
  }

  /**
   * @param code a competence's code, such as {@code 2.4}
   * @return the competence, if the framework has it
   */
  public Optional<Competence> competence(String code) {
    return competences().stream().filter(c -> c.ref().code().equals(code)).findFirst();
  }

  /**
   * @param rank a level's rank
   * @return the level, if the framework has it
   */
  public Optional<ProficiencyLevel> level(int rank) {
    return rank >= 1 && rank <= levels.size() ? Optional.of(levels.get(rank - 1)) : Optional.empty();
  }
}
