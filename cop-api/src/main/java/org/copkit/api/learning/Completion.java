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
 */
public record Completion(LearningUnitId unit, CommunityId community, MemberId member, Instant completedAt) {

  /** Validates the fields. */
  public Completion {
    Validation.required("unit", unit);
    Validation.required("community", community);
    Validation.required("member", member);
    Validation.required("completedAt", completedAt);
  }
}
