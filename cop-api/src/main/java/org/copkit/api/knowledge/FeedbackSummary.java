package org.copkit.api.knowledge;

import java.util.Optional;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * What members said of a knowledge item and how far it reached, as one reader sees it: aggregates
 * for everyone, and the reader's own rating and mark.
 *
 * @param item the item
 * @param revision the number of its latest revision
 * @param latest the ratings of its latest revision
 * @param allRevisions the ratings of all its revisions together
 * @param helpful how many members marked it helpful
 * @param comments how many comments it has
 * @param reach its reads and downloads, all revisions together
 * @param latestReach its reads and downloads at its latest revision
 * @param myRating the reader's rating of its latest revision, if any
 * @param markedHelpful whether the reader marked it helpful
 */
public record FeedbackSummary(KnowledgeItemId item, int revision, RatingSummary latest, RatingSummary allRevisions,
    long helpful, long comments, Reach reach, Reach latestReach, Optional<Integer> myRating, boolean markedHelpful) {

  /** Validates the fields. */
  public FeedbackSummary {
    Validation.required("item", item);
    if (revision < 1) {
      throw new InvalidInputException("revision", "must be at least 1");
    }
    Validation.required("latest", latest);
    Validation.required("allRevisions", allRevisions);
    Validation.notNegative("helpful", helpful);
    Validation.notNegative("comments", comments);
    Validation.required("reach", reach);
    Validation.required("latestReach", latestReach);
    Validation.required("myRating", myRating);
  }
}
