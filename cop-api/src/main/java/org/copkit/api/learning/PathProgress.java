package org.copkit.api.learning;

import java.util.List;
import java.util.Optional;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * How far a member is along a learning path.
 *
 * @param path the path
 * @param member the member
 * @param completed the path's units they completed, in the path's order
 * @param next the first unit of the path they have not completed, empty when they completed all
 */
public record PathProgress(LearningPath path, MemberId member, List<LearningUnitId> completed, Optional<LearningUnitId> next) {

  /** Validates the fields. */
  public PathProgress {
    Validation.required("path", path);
    Validation.required("member", member);
    completed = List.copyOf(Validation.noNulls("completed", completed));
    Validation.required("next", next);
  }

  /** @return whether every unit of the path is completed */
  public boolean finished() {
    return next.isEmpty();
  }
}
