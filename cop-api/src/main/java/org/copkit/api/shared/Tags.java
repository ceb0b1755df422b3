package org.copkit.api.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one normal form of a tag, used by every record that takes tags (threads, feed activities,
 * members' interests): stripped, in Unicode NFC, lower case ({@link Locale#ROOT}), without
 * whitespace, control or bidirectional control characters. Two tags are the same tag when their
 * normal forms are equal, so an interest in {@code "Mediació"} matches a thread tagged {@code
 * "mediació"}, whichever way the accent was typed.
 */
public final class Tags {

  private Tags() {}

  /**
   * The normal form of one tag.
   *
   * @param field the field's name, for errors
   * @param tag the tag as given
   * @param maxLength the most characters allowed in the normal form
   * @return the normal form
   * @throws InvalidInputException naming the field when the tag is missing, blank, too long, or
   *     holds whitespace, control or bidirectional control characters
   */
  public static String normalize(String field, String tag, int maxLength) {
    Validation.required(field, tag);
    String normal = Normalizer.normalize(tag.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    normal = Validation.name(field, normal, maxLength);
    if (normal.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidInputException(field, "must not contain whitespace");
    }
    return normal;
  }

  /**
   * The normal forms of a set of tags, as an unmodifiable set (tags equal once normalized count
   * once).
   *
   * @param field the field's name, for errors
   * @param tags the tags as given
   * @param maxTags the most tags allowed
   * @param maxLength the most characters allowed in each tag's normal form
   * @return the normal forms
   * @throws InvalidInputException naming the field when the set is missing, holds null or more
   *     than {@code maxTags} tags, or one tag is refused by {@link #normalize(String, String, int)}
   */
  public static Set<String> normalize(String field, Set<String> tags, int maxTags, int maxLength) {
    Validation.noNulls(field, tags);
    if (tags.size() > maxTags) {
      throw new InvalidInputException(field, "must hold at most " + maxTags + " tags");
    }
    Set<String> normalized = new TreeSet<>();
    for (String tag : tags) {
      normalized.add(normalize(field, tag, maxLength));
    }
    return Set.copyOf(normalized);
  }
}
