package org.copkit.core.moderation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for comparison the way readers of Catalan and Spanish expect: case and accents do
 * not matter ({@code Mediació} matches {@code mediacio}, {@code ñ} matches {@code n}), the Catalan
 * middle dot joins ({@code col·lega} matches {@code collega}), and runs of whitespace count as one.
 */
final class Folding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Folding() {}

  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("").replace("·", "").replace("\u2027", "");
    return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
