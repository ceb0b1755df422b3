package org.copkit.api.feed;

import java.util.Set;

/**
 * What a member wants their feed to be relevant to: the competences they hold and their learning
 * goals, as tags. Activities sharing tags with them rank higher.
 *
 * @param competences tags of the competences they hold, at most {@value #MAX_TAGS}
 * @param learningGoals tags of what they want to learn, at most {@value #MAX_TAGS}
 */
public record Interests(Set<String> competences, Set<String> learningGoals) {

  /** The most tags of each kind. */
  public static final int MAX_TAGS = 64;

  /** Validates and copies the tags, stripped. */
  public Interests {
    competences = FeedValidation.tags("competences", competences, MAX_TAGS);
    learningGoals = FeedValidation.tags("learningGoals", learningGoals, MAX_TAGS);
  }
}
