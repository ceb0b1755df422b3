package org.copkit.api.knowledge;

import java.time.Instant;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A member's rating of one revision of a knowledge item: one per member and revision, replaced when
 * the member rates that revision again.
 *
 * @param item the item
 * @param revision the number of the revision rated
 * @param member who rated it
 * @param stars from {@value #MIN_STARS} to {@value #MAX_STARS}
 * @param at when it was given (or last changed)
 */
public record Rating(KnowledgeItemId item, int revision, MemberId member, int stars, Instant at) {

  /** The lowest rating. */
  public static final int MIN_STARS = 1;
  /** The highest rating. */
  public static final int MAX_STARS = 5;

  /** Validates the fields. */
  public Rating {
    Validation.required("item", item);
    if (revision < 1) {
      throw new InvalidInputException("revision", "must be at least 1");
    }
    Validation.required("member", member);
    stars = stars(stars);
    Validation.required("at", at);
  }

  /**
   * @param stars a rating
   * @return it, checked
   * @throws InvalidInputException naming {@code stars} when it is not from {@value #MIN_STARS} to
   *     {@value #MAX_STARS}
   */
  public static int stars(int stars) {
    return Validation.between("stars", stars, MIN_STARS, MAX_STARS);
  }
}
