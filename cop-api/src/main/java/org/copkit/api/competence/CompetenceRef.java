package org.copkit.api.competence;

import java.util.regex.Pattern;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Names one competence of one version of a framework: {@code digcomp@2.2#1.1} is DigComp 2.2's
 * "Browsing, searching and filtering data, information and digital content".
 *
 * @param framework the framework and its version
 * @param code the competence's code in it: 1 to 20 letters, digits, {@code -}, {@code _} or {@code .}
 */
public record CompetenceRef(FrameworkRef framework, String code) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");

  /** Validates the fields. */
  public CompetenceRef {
    Validation.required("competence.framework", framework);
    Validation.required("competence.code", code);
    if (!CODE.matcher(code).matches()) {
      throw new InvalidInputException("competence.code", "must be 1 to 20 letters, digits, '-', '_' or '.'");
    }
  }

  /**
   * Parses the text form {@code id@version#code}.
   *
   * @param text such as {@code digcomp@2.2#1.1}
   * @return the reference
   */
  public static CompetenceRef of(String text) {
    Validation.required("competence", text);
    int hash = text.lastIndexOf('#');
    if (hash < 0) {
      throw new InvalidInputException("competence", "must be written id@version#code, such as digcomp@2.2#1.1");
    }
    return new CompetenceRef(FrameworkRef.of(text.substring(0, hash)), text.substring(hash + 1));
  }

  @Override
  public String toString() {
    return framework + "#" + code;
  }
}
