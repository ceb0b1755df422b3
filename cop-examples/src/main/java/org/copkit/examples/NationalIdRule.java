package org.copkit.examples;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;

/**
 * A vendor's moderation rule, registered through {@code META-INF/services}: holds for review any
 * post that seems to contain a Spanish national identity number (DNI, or NIE for foreigners) with
 * a valid check letter. Case files are full of them, and a community of practice must not spread
 * them.
 */
public final class NationalIdRule implements ModerationRule {

  private static final Pattern ID = Pattern.compile("(?<![\\p{L}\\p{N}])([XYZxyz]?)(\\d{7,8})[- ]?([A-Za-z])(?![\\p{L}\\p{N}])");
  private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  @Override
  public String name() {
    return "national-id";
  }

  @Override
  public Verdict review(Draft draft) {
    Matcher matcher = ID.matcher(draft.text());
    while (matcher.find()) {
      if (valid(matcher.group(1), matcher.group(2), matcher.group(3))) {
        return new Verdict.Hold("it seems to contain a national identity number (DNI/NIE)");
      }
    }
    return Verdict.PUBLISH;
  }

  private static boolean valid(String niePrefix, String digits, String letter) {
    String number = niePrefix.isEmpty() ? digits : "XYZ".indexOf(Character.toUpperCase(niePrefix.charAt(0))) + digits;
    if (number.length() != 8) {
      return false;
    }
    return LETTERS.charAt(Integer.parseInt(number) % 23) == Character.toUpperCase(letter.charAt(0));
  }
}
