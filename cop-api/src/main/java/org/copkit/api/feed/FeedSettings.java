package org.copkit.api.feed;

import java.util.HashMap;
import java.util.Map;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * The feed's settings for a platform: the default {@link CommunityRanking}, overrides for some
 * communities, and the {@link PersonalWeights}. Fixed when the platform is built.
 *
 * @param platform the ranking of every community without an override
 * @param communities the overrides, by community: at most {@value #MAX_OVERRIDES}
 * @param personal the weights of each member's own history and interests
 */
public record FeedSettings(
    CommunityRanking platform, Map<CommunityId, CommunityRanking> communities, PersonalWeights personal) {

  /** The largest weight accepted. */
  public static final double MAX_WEIGHT = 100;
  /** The most communities with a ranking of their own. */
  public static final int MAX_OVERRIDES = 100_000;

  /** Validates and copies the fields. */
  public FeedSettings {
    Validation.required("platform", platform);
    Validation.required("communities", communities);
    if (communities.size() > MAX_OVERRIDES) {
      throw new InvalidInputException("communities", "must hold at most " + MAX_OVERRIDES + " overrides");
    }
    communities.forEach(
        (community, ranking) -> {
          if (community == null || ranking == null) {
            throw new InvalidInputException("communities", "must not contain null");
          }
        });
    communities = Map.copyOf(communities);
    Validation.required("personal", personal);
  }

  /** @return the defaults of {@link CommunityRanking} and {@link PersonalWeights}, no overrides */
  public static FeedSettings defaults() {
    return new FeedSettings(CommunityRanking.defaults(), Map.of(), PersonalWeights.defaults());
  }

  /**
   * @param community a community
   * @return the ranking that applies to it
   */
  public CommunityRanking rankingOf(CommunityId community) {
    return communities.getOrDefault(community, platform);
  }

  /**
   * @param community a community
   * @param ranking its own ranking
   * @return a copy where that community overrides the platform's ranking
   */
  public FeedSettings withCommunity(CommunityId community, CommunityRanking ranking) {
    Map<CommunityId, CommunityRanking> next = new HashMap<>(communities);
    next.put(Validation.required("community", community), Validation.required("ranking", ranking));
    return new FeedSettings(platform, next, personal);
  }

  /**
   * @param next the platform's ranking
   * @return a copy with another default ranking
   */
  public FeedSettings withPlatform(CommunityRanking next) {
    return new FeedSettings(next, communities, personal);
  }

  /**
   * @param next the personal weights
   * @return a copy with other personal weights
   */
  public FeedSettings withPersonal(PersonalWeights next) {
    return new FeedSettings(platform, communities, next);
  }
}
