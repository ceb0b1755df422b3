package org.copkit.api.feed;

/**
 * How much a member's own history and interests weigh, the same for every community (a feed mixes
 * communities, so no community may tilt the member's own preferences). Each weight multiplies the
 * signal named after it; the last four are amounts taken off the score.
 *
 * @param authorAffinity weight of {@link BuiltInSignal#AUTHOR_AFFINITY}
 * @param communityAffinity weight of {@link BuiltInSignal#COMMUNITY_AFFINITY}
 * @param relevance weight of {@link BuiltInSignal#RELEVANCE}
 * @param tacitExpertise the boost {@link BuiltInSignal#TACIT_EXPERTISE}
 * @param seen the penalty {@link BuiltInSignal#SEEN}
 * @param authorRepeat the diversity discount for each item of the same author higher up
 * @param communityRepeat the diversity discount for each item of the same community higher up
 */
public record PersonalWeights(
    double authorAffinity,
    double communityAffinity,
    double relevance,
    double tacitExpertise,
    double seen,
    double authorRepeat,
    double communityRepeat) {

  /** Validates the weights: each from 0 to {@value FeedSettings#MAX_WEIGHT}. */
  public PersonalWeights {
    FeedValidation.weight("authorAffinity", authorAffinity);
    FeedValidation.weight("communityAffinity", communityAffinity);
    FeedValidation.weight("relevance", relevance);
    FeedValidation.weight("tacitExpertise", tacitExpertise);
    FeedValidation.weight("seen", seen);
    FeedValidation.weight("authorRepeat", authorRepeat);
    FeedValidation.weight("communityRepeat", communityRepeat);
  }

  /** @return the defaults: 0.5, 0.3, 0.6, 1.0, 2.0, 0.4, 0.15 */
  public static PersonalWeights defaults() {
    return new PersonalWeights(0.5, 0.3, 0.6, 1.0, 2.0, 0.4, 0.15);
  }

  /** @return a copy without diversity discounts */
  public PersonalWeights withoutDiversity() {
    return new PersonalWeights(
        authorAffinity, communityAffinity, relevance, tacitExpertise, seen, 0, 0);
  }

  /** @return whether any diversity discount applies */
  public boolean diversifies() {
    return authorRepeat > 0 || communityRepeat > 0;
  }
}
