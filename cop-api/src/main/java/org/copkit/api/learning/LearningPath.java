package org.copkit.api.learning;

import java.time.Instant;
import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A learning path: units of one community, in the order they are meant to be taken.
 *
 * @param id its ID
 * @param community its community
 * @param title its title
 * @param description what it leads to
 * @param units its units in order
 * @param author who created it
 * @param createdAt when
 */
public record LearningPath(LearningPathId id, CommunityId community, String title, String description,
    List<LearningUnitId> units, MemberId author, Instant createdAt) {

  /** The most units a path holds. */
  public static final int MAX_UNITS = 100;

  /** Validates the fields. */
  public LearningPath {
    Validation.required("id", id);
    CreatePath checked = new CreatePath(community, title, description, units);
    title = checked.title();
    description = checked.description();
    units = checked.units();
    Validation.required("author", author);
    Validation.required("createdAt", createdAt);
  }
}
