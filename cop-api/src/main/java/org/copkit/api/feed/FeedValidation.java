package org.copkit.api.feed;

import java.util.Set;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Tags;
import org.copkit.api.shared.Validation;

/** Checks shared by the records of this package, on top of {@link Validation}. */
final class FeedValidation {

  private FeedValidation() {}

  static Set<String> tags(String field, Set<String> tags, int maxTags) {
    return Tags.normalize(field, tags, maxTags, Activity.MAX_TAG_LENGTH);
  }

  static double weight(String field, double value) {
    if (!(value >= 0 && value <= FeedSettings.MAX_WEIGHT)) {
      throw new InvalidInputException(field, "must be between 0 and " + FeedSettings.MAX_WEIGHT);
    }
    return value;
  }

  static double notNegative(String field, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new InvalidInputException(field, "must be finite and not negative");
    }
    return value;
  }
}
