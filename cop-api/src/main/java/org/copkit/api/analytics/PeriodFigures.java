package org.copkit.api.analytics;

import java.util.EnumMap;
import java.util.Map;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * The counts of one period of a {@link Series}, each with the same definition as over a whole
 * window: the period is a window of its own (members are those who joined before it ended, and so
 * on).
 *
 * @param period the period, clipped to the report's window
 * @param members members at the end of the period
 * @param contributions contributions made in it
 * @param contributors members who contributed in it
 * @param heavy heavy contributors in it
 * @param intermittent intermittent contributors in it
 * @param lurkers members without a contribution in it
 * @param components its contributions per CoP component, every component present
 * @param questionsAsked questions opened in it
 * @param questionsAnswered those of them answered before it ended
 * @param questionsAccepted those of them whose accepted answer was written before it ended
 */
public record PeriodFigures(
    Window period,
    long members,
    long contributions,
    long contributors,
    long heavy,
    long intermittent,
    long lurkers,
    Map<CopComponent, Long> components,
    long questionsAsked,
    long questionsAnswered,
    long questionsAccepted) {

  /** Validates the counts against each other and copies the components. */
  public PeriodFigures {
    Validation.required("period", period);
    Validation.notNegative("contributions", contributions);
    Validation.notNegative("heavy", heavy);
    Validation.notNegative("intermittent", intermittent);
    Validation.notNegative("lurkers", lurkers);
    Checks.sum("contributors", contributors, heavy, intermittent);
    Checks.sum("members", members, contributors, lurkers);
    components = new ComponentBalance(components).contributions();
    Validation.notNegative("questionsAsked", questionsAsked);
    if (questionsAnswered < 0 || questionsAnswered > questionsAsked) {
      throw new InvalidInputException("questionsAnswered", "must be from 0 to the questions asked");
    }
    if (questionsAccepted < 0 || questionsAccepted > questionsAsked) {
      throw new InvalidInputException("questionsAccepted", "must be from 0 to the questions asked");
    }
  }
}
