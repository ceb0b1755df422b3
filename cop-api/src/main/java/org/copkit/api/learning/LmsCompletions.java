package org.copkit.api.learning;

import org.copkit.api.shared.MemberId;

/**
 * Inbound use case: completions reported by a vendor's learning management system, through the
 * host's connector to it. The connector acts as a person of the directory: an administrator, or an
 * e-moderator of the unit's community. Reporting is idempotent: a unit the member completed
 * already (on the LMS or in CoPKit) keeps its first completion, so a connector may send the same
 * reports again after a failure without duplicating anything.
 */
public interface LmsCompletions {

  /**
   * Records the completion an LMS reported, with the LMS as its source and its time as the LMS
   * recorded it; or returns the member's completion of the unit if there is one already.
   *
   * @param actor the connector: an administrator, or an e-moderator of the unit's community
   * @param report the unit, the member, when, and which LMS
   * @return the completion
   * @throws org.copkit.api.shared.InvalidInputException naming {@code completedAt} when it is in the
   *     future, {@code member} when the member may not read the unit's community
   * @throws org.copkit.api.shared.AccessDeniedException for anyone else who may read the community
   * @throws org.copkit.api.shared.NotFoundException when the unit does not exist for the actor
   */
  Completion record(MemberId actor, LmsCompletion report);
}
