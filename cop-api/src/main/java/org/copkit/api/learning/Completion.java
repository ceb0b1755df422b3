package org.copkit.api.learning;

import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A member completed a learning unit. A member completes a unit once; completing it again changes
 * nothing.
 *
 * @param unit the unit
 * @param community the unit's community
 * @param member who completed it
 * @param completedAt when
 * @param source who recorded it: empty when the member did, otherwise the name of the learning
 *     management system that reported it ({@link LmsCompletion#lms()})
 */
public record Completion(LearningUnitId unit, CommunityId community, MemberId member, Instant completedAt,
    String source) {

  /** Validates the fields. */
  public Completion {
    Validation.required("unit", unit);
    Validation.required("community", community);
    Validation.required("member", member);
    Validation.required("completedAt", completedAt);
    Validation.required("source", source);
    if (!source.isEmpty()) {
      source = LmsCompletion.lmsName("source", source);
    }
  }

  /**
   * A completion the member recorded themselves.
   *
   * @param unit the unit
   * @param community the unit's community
   * @param member who completed it
   * @param completedAt when
   */
  public Completion(LearningUnitId unit, CommunityId community, MemberId member, Instant completedAt) {
    this(unit, community, member, completedAt, "");
  }
}
