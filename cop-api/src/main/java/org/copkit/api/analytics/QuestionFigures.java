package org.copkit.api.analytics;

import java.time.Duration;
import java.util.Optional;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * How a community's questions fared: the published QUESTION threads opened in a window, whether
 * someone answered them before the window ended, and whether an answer from that time is accepted.
 *
 * <p>An answer is a published top-level reply to the question (not a reply to a reply) by someone
 * other than the person who asked.
 *
 * @param asked questions opened in the window
 * @param answered those of them with an answer written before the window ended
 * @param accepted those of them whose accepted answer was written before the window ended
 * @param shareAnswered {@code answered / asked}, 0 when nothing was asked
 * @param shareAccepted {@code accepted / asked}, 0 when nothing was asked
 * @param medianTimeToFirstAnswer the median, over the answered questions, of the time from the
 *     question to its first answer (the mean of the two middle values when their number is even);
 *     empty when nothing was answered
 */
public record QuestionFigures(
    long asked,
    long answered,
    long accepted,
    double shareAnswered,
    double shareAccepted,
    Optional<Duration> medianTimeToFirstAnswer) {

  /** Validates the figures. */
  public QuestionFigures {
    Validation.notNegative("asked", asked);
    Validation.notNegative("answered", answered);
    Validation.notNegative("accepted", accepted);
    if (answered > asked || accepted > asked) {
      throw new InvalidInputException(answered > asked ? "answered" : "accepted", "must be at most the questions asked");
    }
    Checks.fraction("shareAnswered", shareAnswered);
    Checks.fraction("shareAccepted", shareAccepted);
    Validation.required("medianTimeToFirstAnswer", medianTimeToFirstAnswer);
    if (medianTimeToFirstAnswer.isPresent() != (answered > 0)) {
      throw new InvalidInputException("medianTimeToFirstAnswer", "must be present exactly when a question was answered");
    }
    if (medianTimeToFirstAnswer.filter(Duration::isNegative).isPresent()) {
      throw new InvalidInputException("medianTimeToFirstAnswer", "must not be negative");
    }
  }

  /**
   * @param asked questions opened in the window
   * @param answered those answered in time
   * @param accepted those with an accepted answer written in time
   * @param medianTimeToFirstAnswer the median time to the first answer, if any was answered
   * @return the figures, with the shares computed
   */
  public static QuestionFigures of(long asked, long answered, long accepted, Optional<Duration> medianTimeToFirstAnswer) {
    return new QuestionFigures(asked, answered, accepted, Checks.ratio(answered, asked), Checks.ratio(accepted, asked),
        medianTimeToFirstAnswer);
  }
}
