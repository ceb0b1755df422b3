package org.copkit.api.search.port;

import java.util.ArrayList;
import java.util.List;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * A short passage of a document's text, as plain text, with the stretches that matched the query.
 * The core escapes it into HTML and marks the stretches, so an index never produces markup.
 *
 * @param text the passage
 * @param marks the matched stretches, in order, not overlapping, within the text
 */
public record Excerpt(String text, List<Mark> marks) {

  /** Validates the fields. */
  public Excerpt {
    Validation.required("text", text);
    marks = List.copyOf(Validation.noNulls("marks", marks));
    int end = 0;
    for (Mark mark : marks) {
      if (mark.start() < end || mark.end() > text.length()) {
        throw new InvalidInputException("marks", "must be in order, apart, and within the text");
      }
      end = mark.end();
    }
  }

  /**
   * The passage of a text around its first match, as indexes give it: from the start of the word
   * about a quarter of {@code length} before the first match (or the text's start), to the end of
   * the word at about {@code length} characters (at most 40 more), with the matches that fall
   * wholly inside it.
   *
   * @param text the document's whole text
   * @param matches the matched stretches of the whole text, in order, not overlapping
   * @param length the passage's length before it is stretched to a word's end, at least 1
   * @return the excerpt
   * @throws InvalidInputException when a match is out of order or outside the text
   */
  public static Excerpt around(String text, List<Mark> matches, int length) {
    Validation.required("text", text);
    Validation.noNulls("matches", matches);
    Validation.between("length", length, 1, Integer.MAX_VALUE);
    int end = 0;
    for (Mark match : matches) {
      if (match.start() < end || match.end() > text.length()) {
        throw new InvalidInputException("matches", "must be in order, apart, and within the text");
      }
      end = match.end();
    }
    int from = matches.isEmpty() ? 0 : Math.max(0, matches.get(0).start() - length / 4);
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = Math.min(text.length(), from + length);
    while (to < text.length() && to - from < length + 40 && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    List<Mark> inside = new ArrayList<>();
    for (Mark match : matches) {
      if (match.start() >= from && match.end() <= to) {
        inside.add(new Mark(match.start() - from, match.end() - from));
      }
    }
    return new Excerpt(text.substring(from, to), inside);
  }

  /**
   * One matched stretch.
   *
   * @param start its first character
   * @param end one past its last character
   */
  public record Mark(int start, int end) {

    /** Validates the bounds. */
    public Mark {
      if (start < 0 || end <= start) {
        throw new InvalidInputException("mark", "must have 0 <= start < end, had " + start + ", " + end);
      }
    }
  }
}
