package org.copkit.api.feed;

import java.util.Optional;
import org.copkit.api.shared.Validation;

/**
 * Query: one page of a feed.
 *
 * @param size how many items, 1 to {@value #MAX_SIZE}
 * @param after the cursor of the previous page, or empty for the first page
 */
public record FeedQuery(int size, Optional<FeedCursor> after) {

  /** The largest page accepted. */
  public static final int MAX_SIZE = 200;

  /** Validates the fields. */
  public FeedQuery {
    Validation.between("size", size, 1, MAX_SIZE);
    Validation.required("after", after);
  }

  /**
   * The first page.
   *
   * @param size how many items
   * @return the query
   */
  public static FeedQuery first(int size) {
    return new FeedQuery(size, Optional.empty());
  }

  /**
   * The page after the one a cursor points past.
   *
   * @param cursor the previous page's cursor
   * @param size how many items
   * @return the query
   */
  public static FeedQuery after(FeedCursor cursor, int size) {
    return new FeedQuery(size, Optional.of(Validation.required("cursor", cursor)));
  }
}
