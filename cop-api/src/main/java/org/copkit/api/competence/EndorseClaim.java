package org.copkit.api.competence;

import org.copkit.api.shared.Validation;

/**
 * Command: a peer endorses a claim at the level it has now.
 *
 * @param claim the claim
 * @param comment what the peer saw, 1 to {@value ClaimEntry#MAX_COMMENT} characters
 * @param evidence a link to evidence, empty or an absolute http(s) URL
 */
public record EndorseClaim(ClaimId claim, String comment, String evidence) {

  /** Validates the fields. */
  public EndorseClaim {
    Validation.required("claim", claim);
    comment = Validation.text("comment", comment, ClaimEntry.MAX_COMMENT);
    evidence = EvidenceLinks.optional("evidence", evidence);
  }
}
