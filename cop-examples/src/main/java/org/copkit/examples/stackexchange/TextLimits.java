package org.copkit.examples.stackexchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fits the dump's texts to the API's limits: control characters removed, blank texts replaced,
 * long ones cut with an ellipsis. Every result says whether something was cut.
 */
final class TextLimits {

  private static final String ELLIPSIS = "…";
  private static final Pattern WHITESPACE_OR_CONTROL = Pattern.compile("[\\s\\p{Cntrl}]+");

  private TextLimits() {}

  /**
   * A text as it will be sent.
   *
   * @param text the text
   * @param truncated whether it was cut to fit
   */
  record Fitted(String text, boolean truncated) {}

  /**
   * A set of tags as it will be sent.
   *
   * @param tags the tags, lower case, without whitespace
   * @param truncated whether tags were dropped or shortened to fit
   */
  record FittedTags(Set<String> tags, boolean truncated) {}

  /**
   * @param text the dump's text
   * @param max the longest text the API accepts
   * @param whenBlank what to send when the dump's text is blank
   * @return the text to send
   */
  static Fitted fit(String text, int max, String whenBlank) {
    String clean = text.codePoints()
        .filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t')
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString().strip();
    if (clean.isEmpty()) {
      return new Fitted(whenBlank, false);
    }
    if (clean.length() <= max) {
      return new Fitted(clean, false);
    }
    int end = max - ELLIPSIS.length();
    if (Character.isHighSurrogate(clean.charAt(end - 1))) {
      end--;
    }
    return new Fitted(clean.substring(0, end).stripTrailing() + ELLIPSIS, true);
  }

  /**
   * @param tags the dump's tags
   * @param maxTags the most tags the API accepts
   * @param maxLength the longest tag it accepts
   * @return the tags to send
   */
  static FittedTags fitTags(List<String> tags, int maxTags, int maxLength) {
    Set<String> kept = new LinkedHashSet<>();
    boolean truncated = false;
    for (String tag : tags) {
      String name = WHITESPACE_OR_CONTROL.matcher(tag.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
      if (name.length() > maxLength) {
        name = name.substring(0, maxLength);
        truncated = true;
      }
      if (name.isEmpty() || kept.contains(name)) {
        continue;
      }
      if (kept.size() == maxTags) {
        return new FittedTags(Set.copyOf(kept), true);
      }
      kept.add(name);
    }
    return new FittedTags(Set.copyOf(kept), truncated);
  }
}
