package org.copkit.api.competence;

import java.util.regex.Pattern;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Names one version of a competence framework, such as DigComp 2.2: {@code digcomp@2.2}. Two
 * versions of a framework are two frameworks; what was aligned to one stays aligned to it.
 *
 * @param id the framework's identifier: 1 to 40 lower-case letters, digits, {@code -} or {@code .},
 *     starting with a letter
 * @param version its version: 1 to 20 letters, digits, {@code -} or {@code .}
 */
public record FrameworkRef(String id, String version) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9.-]{0,39}");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9.-]{1,20}");

  /** Validates the fields. */
  public FrameworkRef {
    Validation.required("framework.id", id);
    Validation.required("framework.version", version);
    if (!ID.matcher(id).matches()) {
      throw new InvalidInputException("framework.id", "must be 1 to 40 lower-case letters, digits, '-' or '.', starting with a letter");
    }
    if (!VERSION.matcher(version).matches()) {
      throw new InvalidInputException("framework.version", "must be 1 to 20 letters, digits, '-' or '.'");
    }
  }

  /**
   * Parses the text form {@code id@version}.
   *
   * @param text such as {@code digcomp@2.2}
   * @return the reference
   */
  public static FrameworkRef of(String text) {
    Validation.required("framework", text);
    int at = text.indexOf('@');
    if (at < 0) {
      throw new InvalidInputException("framework", "must be written id@version, such as digcomp@2.2");
    }
    return new FrameworkRef(text.substring(0, at), text.substring(at + 1));
  }

  @Override
  public String toString() {
    return id + "@" + version;
  }
}
