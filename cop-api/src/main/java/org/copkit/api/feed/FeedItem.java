package org.copkit.api.feed;

import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * One ranked activity in a feed page.
 *
 * @param activity the activity's ID
 * @param community its community
 * @param author its author
 * @param kind what it is
 * @param component its CoP component
 * @param createdAt when it happened
 * @param score its score in log space: the sum of its {@link Feed#explain explanation}
 * @param diversityDiscount what was taken off the score on this page because its author or
 *     community already appeared higher up; the page is ordered by {@code score -
 *     diversityDiscount}
 */
public record FeedItem(
    ActivityId activity,
    CommunityId community,
    MemberId author,
    ActivityKind kind,
    CopComponent component,
    Instant createdAt,
    double score,
    double diversityDiscount) {

  /** Validates the fields. */
  public FeedItem {
    Validation.required("activity", activity);
    Validation.required("community", community);
    Validation.required("author", author);
    Validation.required("kind", kind);
    Validation.required("component", component);
    Validation.required("createdAt", createdAt);
    FeedValidation.notNegative("diversityDiscount", diversityDiscount);
    if (!Double.isFinite(score)) {
      throw new InvalidInputException("score", "must be finite");
    }
  }

  /** @return the value the page is ordered by */
  public double rankedScore() {
    return score - diversityDiscount;
  }
}
