package org.copkit.api.knowledge;

import java.time.Instant;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * An e-moderator's assessment of the whole production process of an output.
 *
 * @param achieved what was achieved, 1 to {@value #MAX_TEXT} characters
 * @param reach how far it reached (who read and used it), 1 to {@value #MAX_TEXT} characters
 * @param lessons the lessons learnt, 1 to {@value #MAX_TEXT} characters
 * @param by who assessed it
 * @param at when
 */
public record Assessment(String achieved, String reach, String lessons, MemberId by, Instant at) {

  /** The longest text of each part. */
  public static final int MAX_TEXT = 4000;

  /** Validates the fields. */
  public Assessment {
    achieved = Validation.text("achieved", achieved, MAX_TEXT);
    reach = Validation.text("reach", reach, MAX_TEXT);
    lessons = Validation.text("lessons", lessons, MAX_TEXT);
    Validation.required("by", by);
    Validation.required("at", at);
  }
}
