package org.copkit.api.knowledge;

import java.time.Instant;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * One reviewer's verdict on one revision of an output, in one review round.
 *
 * @param reviewer who reviewed
 * @param round the round
 * @param revision the number of the item's revision reviewed
 * @param verdict approve, or ask for changes
 * @param comment why: possibly empty for an approval, 1 to {@value #MAX_COMMENT} characters for a
 *     change request
 * @param at when
 */
public record Review(MemberId reviewer, int round, int revision, Verdict verdict, String comment, Instant at) {

  /** The longest comment. */
  public static final int MAX_COMMENT = 4000;

  /** Validates the fields. */
  public Review {
    Validation.required("reviewer", reviewer);
    Validation.between("round", round, 1, Integer.MAX_VALUE);
    Validation.between("revision", revision, 1, Integer.MAX_VALUE);
    Validation.required("verdict", verdict);
    comment = checkedComment(verdict, comment);
    Validation.required("at", at);
  }

  /**
   * @param verdict a verdict
   * @param comment its comment
   * @return the comment, stripped
   * @throws InvalidInputException naming {@code comment} when it is too long, or missing for a
   *     change request
   */
  static String checkedComment(Verdict verdict, String comment) {
    String checked = Validation.optionalText("comment", comment, MAX_COMMENT);
    if (verdict == Verdict.REQUEST_CHANGES && checked.isEmpty()) {
      throw new InvalidInputException("comment", "must say which changes a change request asks for");
    }
    return checked;
  }

  /** What a reviewer says of a revision. Stores keep the constant's name as text. */
  public enum Verdict {
    /** Ready to publish as it is. */
    APPROVE,
    /** Not yet: the comment says what to change; the output goes back to its draft. */
    REQUEST_CHANGES
  }
}
