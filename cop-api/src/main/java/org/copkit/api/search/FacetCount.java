package org.copkit.api.search;

import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * How many of the reader's hits share one value of a facet.
 *
 * @param value the value: a community ID, a {@link SearchKind} name, a tag or a member ID
 * @param count how many hits have it, at least 1
 */
public record FacetCount(String value, long count) {

  /** Validates the fields. */
  public FacetCount {
    Validation.required("value", value);
    if (count < 1) {
      throw new InvalidInputException("count", "must be positive, was " + count);
    }
  }
}
