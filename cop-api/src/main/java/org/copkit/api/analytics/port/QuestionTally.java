package org.copkit.api.analytics.port;

import java.time.Duration;
import java.util.List;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * The questions opened in a window, as {@link Contributions#questions} counts them.
 *
 * @param asked the questions
 * @param accepted those whose accepted answer was written before the window ended
 * @param firstAnswerDelays for each question answered before the window ended, the time from the
 *     question to its first answer, in no particular order
 */
public record QuestionTally(long asked, long accepted, List<Duration> firstAnswerDelays) {

  /** No question. */
  public static final QuestionTally NONE = new QuestionTally(0, 0, List.of());

  /** Validates and copies the fields. */
  public QuestionTally {
    Validation.notNegative("asked", asked);
    Validation.notNegative("accepted", accepted);
    firstAnswerDelays = List.copyOf(Validation.noNulls("firstAnswerDelays", firstAnswerDelays));
    if (accepted > asked || firstAnswerDelays.size() > asked) {
      throw new InvalidInputException(accepted > asked ? "accepted" : "firstAnswerDelays", "must not exceed the questions asked");
    }
    if (firstAnswerDelays.stream().anyMatch(Duration::isNegative)) {
      throw new InvalidInputException("firstAnswerDelays", "must not be negative");
    }
  }

  /** @return how many of the questions were answered before the window ended */
  public long answered() {
    return firstAnswerDelays.size();
  }
}
