package org.copkit.core.feed;

import org.copkit.api.feed.PersonalWeights;

/**
 * The personal signals' formulas, from the platform's {@link PersonalWeights}: one place for the
 * ranking and the explanations to share.
 */
final class PersonalScoring {

  final PersonalWeights weights;
  /** {@code relevance * ln(1 + k)} for {@code k} shared tag bits, 0 to 64. */
  private final double[] relevanceBySharedTags = new double[Long.SIZE + 1];

  PersonalScoring(PersonalWeights weights) {
    this.weights = weights;
    for (int shared = 0; shared <= Long.SIZE; shared++) {
      relevanceBySharedTags[shared] = weights.relevance() * Math.log1p(shared);
    }
  }

  double authorAffinity(int interactions) {
    return weights.authorAffinity() * Math.log1p(interactions);
  }

  double communityAffinity(int interactions) {
    return weights.communityAffinity() * Math.log1p(interactions);
  }

  /** @return the relevance table, indexed by the number of tag bits shared with the interests */
  double[] relevanceTable() {
    return relevanceBySharedTags;
  }

  double relevance(long tags, long interests) {
    return relevanceBySharedTags[Long.bitCount(tags & interests)];
  }

  double tacitExpertise(int flags, long tags, long expertise) {
    return (flags & Block.OPEN_QUESTION) != 0 && (tags & expertise) != 0
        ? weights.tacitExpertise()
        : 0;
  }

  double seen(boolean seen) {
    return seen ? -weights.seen() : 0;
  }
}
