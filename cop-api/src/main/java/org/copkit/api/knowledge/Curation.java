package org.copkit.api.knowledge;

import java.time.LocalDate;
import java.util.Optional;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * How a knowledge item is kept: where it is placed and who keeps it fresh by when. It changes
 * without making a new revision of the item's content.
 *
 * @param section the section it is placed in, or empty when it is in none
 * @param owner who answers for its freshness
 * @param reviewBy the day by which its owner should review it; from the next day it is overdue
 */
public record Curation(Optional<SectionId> section, MemberId owner, LocalDate reviewBy) {

  /** How long after its creation an item is due for review unless someone says otherwise. */
  public static final java.time.Period DEFAULT_REVIEW_PERIOD = java.time.Period.ofYears(1);

  /** Validates the fields. */
  public Curation {
    Validation.required("section", section);
    Validation.required("owner", owner);
    Validation.required("reviewBy", reviewBy);
  }

  /**
   * @param owner who answers for the item
   * @param createdOn the day it was created
   * @return in no section, owned by {@code owner}, due {@link #DEFAULT_REVIEW_PERIOD} after {@code
   *     createdOn}
   */
  public static Curation initial(MemberId owner, LocalDate createdOn) {
    return new Curation(Optional.empty(), owner, createdOn.plus(DEFAULT_REVIEW_PERIOD));
  }

  /**
   * @param next the section, or empty for none
   * @return a copy placed there
   */
  public Curation placedIn(Optional<SectionId> next) {
    return new Curation(next, owner, reviewBy);
  }

  /**
   * @param nextOwner the owner
   * @param nextReviewBy the review-by day
   * @return a copy with that owner and day
   */
  public Curation keptBy(MemberId nextOwner, LocalDate nextReviewBy) {
    return new Curation(section, nextOwner, nextReviewBy);
  }
}
