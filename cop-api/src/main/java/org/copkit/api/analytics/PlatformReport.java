package org.copkit.api.analytics;

import java.time.Instant;
import java.util.List;

/**
 * The participation report of the whole platform over a window. Its unit is the person: a member
 * is a person with at least one membership, their contributions are those they made in every
 * community they belong to, and their tier is the closest to the work among their memberships
 * (CORE, then PARTICIPANT, then OBSERVER), the way Compartim counted its working group across
 * communities.
 *
 * @param window the window
 * @param generatedAt when the report was made, by the platform clock
 * @param thresholds the bounds of the 1-9-90 split
 * @param participation who takes part, and how unequally
 * @param tiers core versus periphery: CORE, PARTICIPANT and OBSERVER, in that order
 * @param movement how people moved since the previous window
 * @param components the balance of the four CoP components
 * @param questions how the questions fared, in every community
 * @param weekly the counts of each week
 * @param monthly the counts of each month
 */
public record PlatformReport(
    Window window,
    Instant generatedAt,
    ParticipationThresholds thresholds,
    Participation participation,
    List<TierParticipation> tiers,
    Movement movement,
    ComponentBalance components,
    QuestionFigures questions,
    Series weekly,
    Series monthly) implements Report {

  /** Validates the fields and copies the tiers. */
  public PlatformReport {
    tiers = ReportChecks.validate(window, generatedAt, thresholds, participation, tiers, movement, components, questions,
        weekly, monthly);
  }
}
