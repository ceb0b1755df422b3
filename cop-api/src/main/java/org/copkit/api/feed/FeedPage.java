package org.copkit.api.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copkit.api.shared.Validation;

/**
 * A page of a feed.
 *
 * @param items the items, best first
 * @param next the cursor for the following page, empty when the session has nothing more
 * @param rankedAt the time the session ranks at (frozen by its first page)
 */
public record FeedPage(List<FeedItem> items, Optional<FeedCursor> next, Instant rankedAt) {

  /** Validates and copies the fields. */
  public FeedPage {
    items = List.copyOf(Validation.noNulls("items", items));
    Validation.required("next", next);
    Validation.required("rankedAt", rankedAt);
  }
}
