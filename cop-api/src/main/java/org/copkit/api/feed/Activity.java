package org.copkit.api.feed;

import java.time.Instant;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Something worth showing in the feed, as the capability where it happened publishes it.
 *
 * @param id its ID, chosen by the publisher
 * @param community the community it happened in
 * @param author who did it
 * @param kind what it is
 * @param createdAt when it happened, from {@value #EARLIEST_YEAR} up to (not including) {@value
 *     #LATEST_YEAR}
 * @param replies replies so far, not negative
 * @param reactions reactions so far, not negative
 * @param tags the topics and competences it is about: at most {@value #MAX_TAGS}, each 1 to
 *     {@value #MAX_TAG_LENGTH} characters, kept in their {@linkplain org.copkit.api.shared.Tags
 *     normal form}
 * @param component the CoP component it belongs to
 * @param audience who in the community may see it
 */
public record Activity(
    ActivityId id,
    CommunityId community,
    MemberId author,
    ActivityKind kind,
    Instant createdAt,
    int replies,
    int reactions,
    Set<String> tags,
    CopComponent component,
    Audience audience) {

  /** The most tags an activity carries. */
  public static final int MAX_TAGS = 16;
  /** The longest tag accepted. */
  public static final int MAX_TAG_LENGTH = 64;
  /** The first year an activity may be created in. */
  public static final int EARLIEST_YEAR = 1970;
  /** The first year an activity may no longer be created in. */
  public static final int LATEST_YEAR = 2088;

  private static final Instant EARLIEST = Instant.parse(EARLIEST_YEAR + "-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse(LATEST_YEAR + "-01-01T00:00:00Z");

  /** Validates the fields and copies the tags' normal forms. */
  public Activity {
    Validation.required("id", id);
    Validation.required("community", community);
    Validation.required("author", author);
    Validation.required("kind", kind);
    Validation.required("createdAt", createdAt);
    if (createdAt.isBefore(EARLIEST) || !createdAt.isBefore(LATEST)) {
      throw new InvalidInputException(
          "createdAt", "must be from " + EARLIEST_YEAR + " up to " + LATEST_YEAR);
    }
    Validation.notNegative("replies", replies);
    Validation.notNegative("reactions", reactions);
    tags = FeedValidation.tags("tags", tags, MAX_TAGS);
    Validation.required("component", component);
    Validation.required("audience", audience);
  }
}
