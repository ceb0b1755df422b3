package org.copkit.api.learning;

import org.copkit.api.shared.MemberId;

/**
 * Inbound use case: learning units, paths and completions. Units are published by the community's
 * experts and e-moderators (and administrators), paths created by its e-moderators; whoever may read
 * a community completes its units. A unit in a community hidden from the actor is missing, exactly
 * as an ID never used.
 */
public interface Learning {

  /**
   * @param actor an EXPERT or E_MODERATOR of the community (who is not an OBSERVER), or an administrator
   * @param command the unit
   * @return the unit published
   * @throws org.copkit.api.shared.InvalidInputException when a competence or level is unknown
   * @throws org.copkit.api.shared.AccessDeniedException for anyone else who may read the community
   * @throws org.copkit.api.shared.NotFoundException when the community does not exist for the actor
   * @throws org.copkit.api.shared.ConflictException RULE when the community is archived
   */
  LearningUnit publish(MemberId actor, PublishUnit command);

  /**
   * @param actor an e-moderator of the community or an administrator
   * @param command the path
   * @return the path created
   * @throws org.copkit.api.shared.InvalidInputException naming {@code units} when one is not a unit of
   *     the community
   */
  LearningPath createPath(MemberId actor, CreatePath command);

  /**
   * Records that the actor completed a unit. Completing it again returns the first completion.
   *
   * @param actor whoever may read the unit's community
   * @param unit the unit
   * @return the completion
   * @throws org.copkit.api.shared.NotFoundException when the unit does not exist for the actor
   */
  Completion complete(MemberId actor, LearningUnitId unit);
}
