package org.copkit.api.competence;

import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.Validation;

/**
 * Command: a member assesses their own level of a competence in a community.
 *
 * @param community the community
 * @param claimed the competence and the level the member claims
 * @param comment why, possibly empty, at most {@value ClaimEntry#MAX_COMMENT} characters
 */
public record SelfAssess(CommunityId community, CompetenceLevel claimed, String comment) {

  /** Validates the fields. */
  public SelfAssess {
    Validation.required("community", community);
    Validation.required("claimed", claimed);
    comment = Validation.optionalText("comment", comment, ClaimEntry.MAX_COMMENT);
  }
}
