package org.copkit.api.feed;

import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Where a paging session of a feed stands. Opaque: hosts pass it back as they got it (in a URL it
 * needs no escaping). Only the member it was given to may use it.
 *
 * @param value the encoded position: URL-safe Base64, at most {@value #MAX_LENGTH} characters
 */
public record FeedCursor(String value) {

  /** The most items one paging session serves. */
  public static final int MAX_SERVED = 1000;
  /** The longest cursor accepted. */
  public static final int MAX_LENGTH = 16_384;

  /** Validates the text. */
  public FeedCursor {
    value = Validation.text("cursor", value, MAX_LENGTH);
    if (!value.chars().allMatch(FeedCursor::isBase64UrlDigit)) {
      throw new InvalidInputException("cursor", "must be URL-safe Base64");
    }
  }

  private static boolean isBase64UrlDigit(int c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
  }

  @Override
  public String toString() {
    return value;
  }
}
