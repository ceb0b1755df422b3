package org.copkit.core.moderation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for comparison the way readers of Catalan and Spanish expect: case and accents do
 * not matter ({@code Mediació} matches {@code mediacio}, {@code ñ} matches {@code n}, {@code ß}
 * matches {@code SS}), the Catalan
 * middle dot joins ({@code col·lega} matches {@code collega}), and runs of whitespace count as one.
 */
final class Folding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Folding() {}

  static String fold(String text) {
    // Upper then lower case first, so that letters whose case is not one to one compare alike
    // (ß and SS, ı and I, ſ and S); then the marks go, including the dot lower case gives İ.
    String cased = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(cased, Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("").replace("·", "").replace("\u2027", "");
    return SPACES.matcher(bare).replaceAll(" ").strip();
  }
}
