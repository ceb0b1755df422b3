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
 * @param stale true when the node that served the page may be behind the storage: it has not
 *     finished rebuilding its feed index since it started, or it cannot read the change log now,
 *     or has not managed to for a while. The page is still correct for what the node holds, and
 *     never shows what the member may not see (visibility is read from storage on every call),
 *     but recent activities, retractions and engagement from other nodes may be missing. A
 *     host may show a notice, or ask again shortly.
 */
public record FeedPage(List<FeedItem> items, Optional<FeedCursor> next, Instant rankedAt, boolean stale) {

  /** Validates and copies the fields. */
  public FeedPage {
    items = List.copyOf(Validation.noNulls("items", items));
    Validation.required("next", next);
    Validation.required("rankedAt", rankedAt);
  }

  /**
   * A page from a node that has caught up.
   *
   * @param items the items, best first
   * @param next the cursor for the following page, empty when the session has nothing more
   * @param rankedAt the time the session ranks at
   */
  public FeedPage(List<FeedItem> items, Optional<FeedCursor> next, Instant rankedAt) {
    this(items, next, rankedAt, false);
  }
}
