package org.copkit.api.competence;

import org.copkit.api.shared.Validation;

/**
 * Command: an e-moderator or expert of the claim's community validates a level.
 *
 * @param claim the claim
 * @param level the level validated: from 1 to the level claimed
 * @param comment the reasons, 1 to {@value ClaimEntry#MAX_COMMENT} characters
 */
public record ValidateClaim(ClaimId claim, int level, String comment) {

  /** Validates the fields. */
  public ValidateClaim {
    Validation.required("claim", claim);
    Validation.between("level", level, 1, ProficiencyLevel.MAX_RANK);
    comment = Validation.text("comment", comment, ClaimEntry.MAX_COMMENT);
  }
}
