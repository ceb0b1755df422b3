package org.copkit.api.feed;

import java.util.Set;

/**
 * What a member wants their feed to be relevant to: the competences they hold and their learning
 * goals, as tags. Activities sharing tags with them rank higher.
 *
 * <p>Tags are kept in their {@linkplain org.copkit.api.shared.Tags normal form}, the same as
 * threads' and activities' tags, so {@code "Mediació"} matches a thread tagged {@code "mediació"}.
 *
 * @param competences tags of the competences they hold, at most {@value #MAX_TAGS}, each 1 to
 *     {@value Activity#MAX_TAG_LENGTH} characters
 * @param learningGoals tags of what they want to learn, at most {@value #MAX_TAGS}, each 1 to
 *     {@value Activity#MAX_TAG_LENGTH} characters
 */
public record Interests(Set<String> competences, Set<String> learningGoals) {

  /** The most tags of each kind. */
  public static final int MAX_TAGS = 64;

  /** Validates the tags and copies their normal forms. */
  public Interests {
    competences = FeedValidation.tags("competences", competences, MAX_TAGS);
    learningGoals = FeedValidation.tags("learningGoals", learningGoals, MAX_TAGS);
  }
}
