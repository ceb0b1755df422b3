package org.copkit.api.learning;

import java.util.HashSet;
import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Command: create a learning path, an ordered list of units of the community.
 *
 * @param community the community
 * @param title its title, 1 to 200 characters
 * @param description what it leads to, possibly empty, at most 5,000 characters
 * @param units its units in order, 1 to {@value LearningPath#MAX_UNITS}, each once
 */
public record CreatePath(CommunityId community, String title, String description, List<LearningUnitId> units) {

  /** Validates the fields. */
  public CreatePath {
    Validation.required("community", community);
    title = Validation.name("title", title, 200);
    description = Validation.optionalText("description", description, 5000);
    units = List.copyOf(Validation.noNulls("units", units));
    if (units.isEmpty() || units.size() > LearningPath.MAX_UNITS) {
      throw new InvalidInputException("units", "must hold 1 to " + LearningPath.MAX_UNITS + " units");
    }
    if (new HashSet<>(units).size() < units.size()) {
      throw new InvalidInputException("units", "must name each unit once");
    }
  }
}
