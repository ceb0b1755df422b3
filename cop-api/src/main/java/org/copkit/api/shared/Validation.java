package org.copkit.api.shared;

import java.util.Collection;
import java.util.Objects;

/**
 * Checks used by the value types' constructors. Every failure is an {@link
 * InvalidInputException} naming the field and the rule. Vendors may use it in their own records.
 *
 * <h2>Bidirectional controls</h2>
 *
 * <p>Unicode's bidirectional controls change the order in which text is displayed without being
 * seen: U+202E (right-to-left override) shows {@code "exe.pdf"} typed backwards as {@code
 * "fdp.exe"}. The policy:
 *
 * <ul>
 *   <li><b>Names and titles</b> (community names and domains, thread titles, tags, people's display
 *       names, identifiers, names of rules and signals: every short text that identifies something)
 *       go through {@link #name(String, String, int)}, which refuses every bidirectional control:
 *       the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, and the invisible
 *       marks U+200E, U+200F and U+061C. The marks cannot reorder letters, but they are invisible,
 *       so they would let two names that look the same differ; a name never needs them, since the
 *       host shows it in its own isolated element.
 *   <li><b>Bodies</b> (Markdown) keep every character as written, so that right-to-left authors'
 *       sources survive an edit; the renderer removes the embeddings, overrides and isolates before
 *       rendering, so the rendered HTML, the plain text that moderation rules read, the links and
 *       the mentions cannot be spoofed. The marks stay: they only settle the direction of the
 *       neutral characters next to them.
 *   <li><b>Other free texts</b> (reasons, messages, notes) go through {@link #text(String, String,
 *       int)} and keep what was typed; hosts show them as they show any user text, inside an
 *       element isolated with {@code dir="auto"} (the HTML {@code <bdi>} element).
 * </ul>
 */
public final class Validation {

  private Validation() {}

  /**
   * Requires a value to be present.
   *
   * @param field the field's name
   * @param value the value
   * @param <T> its type
   * @return the value
   */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    return value;
  }

  /**
   * Requires a non-blank text of at most {@code maxLength} characters, and returns it stripped.
   *
   * @param field the field's name
   * @param value the text
   * @param maxLength the most characters allowed after stripping
   * @return the stripped text
   */
  public static String text(String field, String value, int maxLength) {
    required(field, value);
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      throw new InvalidInputException(field, "must not be blank");
    }
    return maxLength(field, stripped, maxLength);
  }

  /**
   * Requires a name or title: a non-blank text of at most {@code maxLength} characters without
   * bidirectional controls (see the class comment), returned stripped.
   *
   * @param field the field's name
   * @param value the text
   * @param maxLength the most characters allowed after stripping
   * @return the stripped text
   */
  public static String name(String field, String value, int maxLength) {
    return withoutBidiControls(field, text(field, value, maxLength));
  }

  /**
   * Allows an empty name (a missing one becomes empty); otherwise as {@link #name(String, String,
   * int)}.
   *
   * @param field the field's name
   * @param value the text, or null
   * @param maxLength the most characters allowed after stripping
   * @return the stripped text, possibly empty
   */
  public static String optionalName(String field, String value, int maxLength) {
    return withoutBidiControls(field, optionalText(field, value, maxLength));
  }

  /**
   * Whether a character is one of the bidirectional controls a name may not hold: U+202A–U+202E,
   * U+2066–U+2069, U+200E, U+200F and U+061C.
   *
   * @param c the character
   * @return whether it is a bidirectional control
   */
  public static boolean isBidiControl(int c) {
    return isExplicitBidiControl(c) || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }

  /**
   * Whether a character is one of the explicit bidirectional controls, which reorder the text
   * after them: the embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069.
   *
   * @param c the character
   * @return whether it is an explicit bidirectional control
   */
  public static boolean isExplicitBidiControl(int c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static String withoutBidiControls(String field, String value) {
    if (value.chars().anyMatch(Validation::isBidiControl)) {
      throw new InvalidInputException(field, "must not contain bidirectional control characters");
    }
    return value;
  }

  /**
   * Allows an empty text (a missing one becomes empty) of at most {@code maxLength} characters.
   *
   * @param field the field's name
   * @param value the text, or null
   * @param maxLength the most characters allowed after stripping
   * @return the stripped text, possibly empty
   */
  public static String optionalText(String field, String value, int maxLength) {
    return value == null ? "" : maxLength(field, value.strip(), maxLength);
  }

  /**
   * Allows an empty link (a missing one becomes empty), or an absolute http or https URL with a
   * host, of at most {@code maxLength} characters.
   *
   * @param field the field's name
   * @param link the link, or null
   * @param maxLength the most characters allowed after stripping
   * @return the stripped link, possibly empty
   * @throws InvalidInputException when it is too long, holds control characters, or is not an
   *     absolute http(s) URL
   */
  public static String optionalWebLink(String field, String link, int maxLength) {
    String text = optionalText(field, link, maxLength);
    if (text.isEmpty()) {
      return text;
    }
    try {
      java.net.URI uri = new java.net.URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
        return text;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below, as any other link that is not an absolute web URL
    }
    throw new InvalidInputException(field, "must be an absolute http or https URL");
  }

  private static String maxLength(String field, String value, int maxLength) {
    if (value.length() > maxLength) {
      throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
    }
    if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw new InvalidInputException(field, "must not contain control characters");
    }
    return value;
  }

  /**
   * Requires a number within bounds.
   *
   * @param field the field's name
   * @param value the number
   * @param min the smallest allowed
   * @param max the largest allowed
   * @return the number
   */
  public static int between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidInputException(field, "must be between " + min + " and " + max);
    }
    return value;
  }

  /**
   * Requires a duration within bounds, both included; the failure names the bounds.
   *
   * @param field the field's name
   * @param value the duration
   * @param min the shortest allowed
   * @param max the longest allowed
   * @return the duration
   */
  public static java.time.Duration duration(String field, java.time.Duration value, java.time.Duration min,
      java.time.Duration max) {
    required(field, value);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new InvalidInputException(field, "must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /**
   * Requires a number not below zero.
   *
   * @param field the field's name
   * @param value the number
   * @return the number
   */
  public static long notNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidInputException(field, "must not be negative");
    }
    return value;
  }

  /**
   * Requires a collection without nulls.
   *
   * @param field the field's name
   * @param values the collection
   * @param <C> its type
   * @return the collection
   */
  public static <C extends Collection<?>> C noNulls(String field, C values) {
    required(field, values);
    if (values.stream().anyMatch(Objects::isNull)) {
      throw new InvalidInputException(field, "must not contain null");
    }
    return values;
  }

  /**
   * Parses a UUID from its text form.
   *
   * @param field the field's name
   * @param text the UUID as text
   * @return the UUID
   */
  public static java.util.UUID uuid(String field, String text) {
    try {
      return java.util.UUID.fromString(required(field, text).strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "must be a UUID");
    }
  }

  /**
   * Parses an enum constant by name, naming the field and the allowed values when it fails.
   *
   * @param field the field's name
   * @param type the enum type
   * @param name the constant's name
   * @param <E> the enum type
   * @return the constant
   */
  public static <E extends Enum<E>> E enumValue(String field, Class<E> type, String name) {
    required(field, name);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name.strip())) {
        return constant;
      }
    }
    throw new InvalidInputException(
        field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
  }
}
