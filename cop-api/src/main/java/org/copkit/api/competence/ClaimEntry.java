package org.copkit.api.competence;

import java.time.Instant;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * One entry of a claim's history, never changed once recorded.
 *
 * @param claim the claim
 * @param number its place in the claim's history, from 1, without gaps
 * @param kind what it records
 * @param actor who acted: the member for a self-assessment, the endorser, the validator
 * @param level the level assessed, endorsed or validated
 * @param comment what the actor wrote, possibly empty, at most {@value #MAX_COMMENT} characters
 * @param evidence a link to evidence, empty or an absolute http(s) URL
 * @param recordedAt when
 */
public record ClaimEntry(ClaimId claim, int number, ClaimEntryKind kind, MemberId actor, int level, String comment,
    String evidence, Instant recordedAt) {

  /** The longest comment. */
  public static final int MAX_COMMENT = 2000;

  /** Validates the fields. */
  public ClaimEntry {
    Validation.required("claim", claim);
    Validation.between("number", number, 1, Integer.MAX_VALUE);
    Validation.required("kind", kind);
    Validation.required("actor", actor);
    Validation.between("level", level, 1, ProficiencyLevel.MAX_RANK);
    comment = Validation.optionalText("comment", comment, MAX_COMMENT);
    evidence = EvidenceLinks.optional("evidence", evidence);
    Validation.required("recordedAt", recordedAt);
  }
}
