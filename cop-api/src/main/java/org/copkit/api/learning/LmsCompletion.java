package org.copkit.api.learning;

import java.time.Instant;
import java.util.regex.Pattern;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Command: a learning management system reports that a member completed a unit (a course module
 * the unit stands for, followed on the vendor's platform).
 *
 * @param unit the unit
 * @param member who completed it
 * @param completedAt when, as the LMS recorded it: not in the future
 * @param lms the LMS's name, 1 to {@value #MAX_LMS} lower-case letters, digits, {@code .}, {@code -}
 *     or {@code _}, such as {@code moodle}: kept as the completion's source
 */
public record LmsCompletion(LearningUnitId unit, MemberId member, Instant completedAt, String lms) {

  /** The longest LMS name. */
  public static final int MAX_LMS = 64;

  private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{1," + MAX_LMS + "}");

  /** Validates the fields. */
  public LmsCompletion {
    Validation.required("unit", unit);
    Validation.required("member", member);
    Validation.required("completedAt", completedAt);
    lms = lmsName("lms", lms);
  }

  static String lmsName(String field, String name) {
    Validation.required(field, name);
    if (!NAME.matcher(name).matches()) {
      throw new InvalidInputException(field, "must be 1 to " + MAX_LMS + " lower-case letters, digits, '.', '-' or '_'");
    }
    return name;
  }
}
