package org.copkit.api.competence;

import java.util.List;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * A group of competences of a framework, such as DigComp's area 2 "Communication and
 * collaboration".
 *
 * @param code the area's code, such as {@code 2}
 * @param name its official name
 * @param competences its competences, in the framework's order; at least one
 */
public record CompetenceArea(String code, String name, List<Competence> competences) {

  /** Validates the fields and copies the list. */
  public CompetenceArea {
    code = Validation.name("area.code", code, 20);
    name = Validation.name("area.name", name, 200);
    competences = List.copyOf(Validation.noNulls("area.competences", Validation.required("area.competences", competences)));
    if (competences.isEmpty()) {
      throw new InvalidInputException("area.competences", "must hold at least one competence");
    }
  }
}
