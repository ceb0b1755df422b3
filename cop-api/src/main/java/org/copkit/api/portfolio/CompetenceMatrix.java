package org.copkit.api.portfolio;

import java.util.List;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A member's competences against their evidence, as Mahara's SmartEvidence shows them: for every
 * competence they claimed or have evidence of, the levels claimed, endorsed and validated and the
 * evidence aligned to it. Only what the reader may see counts.
 *
 * @param member whose
 * @param rows one per competence, in the order of their text form
 */
public record CompetenceMatrix(MemberId member, List<Row> rows) {

  /** Validates the fields. */
  public CompetenceMatrix {
    Validation.required("member", member);
    rows = List.copyOf(rows);
  }

  /**
   * One competence.
   *
   * @param competence the competence
   * @param claimed the highest level claimed in a community the reader may read, 0 when none
   * @param endorsed the highest level endorsed there, 0 when none
   * @param validated the highest level validated there, 0 when none
   * @param evidence the keys of the evidence aligned to it, newest first
   */
  public record Row(CompetenceRef competence, int claimed, int endorsed, int validated, List<String> evidence) {

    /** Validates the fields. */
    public Row {
      Validation.required("competence", competence);
      evidence = List.copyOf(evidence);
    }
  }
}
