package org.copkit.api.discussion;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/** Tags are lower case, stripped, unique, and bounded in number and length. */
final class Tags {

  private Tags() {}

  static Set<String> normalize(Set<String> tags) {
    Validation.noNulls("tags", tags);
    if (tags.size() > DiscussionThread.MAX_TAGS) {
      throw new InvalidInputException("tags", "must be at most " + DiscussionThread.MAX_TAGS);
    }
    Set<String> normalized = new TreeSet<>();
    for (String tag : tags) {
      String text = Validation.text("tags", tag, DiscussionThread.MAX_TAG).toLowerCase(Locale.ROOT);
      if (text.chars().anyMatch(Character::isWhitespace)) {
        throw new InvalidInputException("tags", "must not contain whitespace");
      }
      normalized.add(text);
    }
    return Set.copyOf(normalized);
  }
}
