package org.copkit.tck.addon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the platform really passes to add-ons, and the rules every add-on's name follows: shared by
 * the contracts of the test kit.
 */
public final class AddOnInputs {

  /** The names every add-on may take: 1 to 64 lower-case letters, digits and dashes. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");

  /** The platform's default time budget for a ranking signal's member terms, in milliseconds. */
  public static final int DEFAULT_BUDGET_MILLIS = 5;

  /** The platform's default time budget for an activity classifier's answer, in milliseconds. */
  public static final int DEFAULT_CLASSIFIER_BUDGET_MILLIS = 100;

  /** The platform's default time budget for a moderation rule's verdict, in milliseconds. */
  public static final int DEFAULT_RULE_BUDGET_MILLIS = 1000;

  /** The largest body the platform accepts is well below this: ten megabytes of text. */
  public static final int LARGE_BODY_CHARS = 10 * 1024 * 1024;

  private AddOnInputs() {}

  /**
   * @return texts as members write them: empty, in Catalan, Spanish and English, with accents,
   *     emoji, right-to-left text and bidirectional controls, markup and links
   */
  public static List<String> texts() {
    return List.of(
        "",
        " ",
        "Bon dia a tothom. Algú ha fet servir el protocol de mediació penal juvenil a Girona?",
        "¿Alguien tiene el modelo de acta de conciliación? Gracias, compañeros del juzgado de Cáceres.",
        "Good practice: share the anonymised case summary before the working group meets.",
        "Adreça: carrer de l'Àngel Guimerà, 12 · Lleida — «cas» núm. 2026/00042 ✔️ 👩‍⚖️",
        "مرحبا بالعالم — العدالة التصالحية",
        "abc\u202Edcba\u202C and \u2066isolated\u2069 and \u200Fmark\u200E",
        "**Markdown** with [a link](https://example.org/path?x=1) and `code`\n\n> a quote\n\n- a\n- b",
        "<script>alert(1)</script><img src=x onerror=alert(1)>",
        "\u0000\u0001\u0007 control characters \uFEFF",
        "IBAN ES91 2100 0418 4502 0005 1332, DNI 12345678Z, NIE X1234567L",
        "a".repeat(70_000));
  }

  /** @return a body of {@link #LARGE_BODY_CHARS} characters of mixed Catalan, Spanish and English */
  public static String largeText() {
    String sentence = "La mediació és voluntària; la mediación es voluntaria; mediation is voluntary. ";
    StringBuilder text = new StringBuilder(LARGE_BODY_CHARS);
    while (text.length() + sentence.length() <= LARGE_BODY_CHARS) {
      text.append(sentence);
    }
    return text.toString();
  }
}
