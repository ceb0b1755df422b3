package org.copkit.api.search.port;

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
