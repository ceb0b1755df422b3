package org.copkit.api.feed.spi;

import java.util.Map;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A {@link RankingSignal}'s terms for one member: added to the score of every activity by one of
 * these authors, and of every activity in one of these communities.
 *
 * @param byAuthor terms by author, in log space, each within {@code [-RankingSignal.MAX_TERM,
 *     RankingSignal.MAX_TERM]}
 * @param byCommunity terms by community, in log space, each within {@code
 *     [-RankingSignal.MAX_TERM, RankingSignal.MAX_TERM]}
 */
public record MemberTerms(Map<MemberId, Double> byAuthor, Map<CommunityId, Double> byCommunity) {

  /** Validates and copies the maps. */
  public MemberTerms {
    byAuthor = finite("byAuthor", byAuthor);
    byCommunity = finite("byCommunity", byCommunity);
  }

  /** @return no terms */
  public static MemberTerms none() {
    return new MemberTerms(Map.of(), Map.of());
  }

  private static <K> Map<K, Double> finite(String field, Map<K, Double> terms) {
    Validation.required(field, terms);
    terms.forEach(
        (key, term) -> {
          if (key == null || term == null || !Double.isFinite(term)) {
            throw new InvalidInputException(field, "must map to finite terms");
          }
          if (Math.abs(term) > RankingSignal.MAX_TERM) {
            throw new InvalidInputException(
                field, "must map to terms within [-" + RankingSignal.MAX_TERM + ", " + RankingSignal.MAX_TERM + "], was " + term);
          }
        });
    return Map.copyOf(terms);
  }
}
