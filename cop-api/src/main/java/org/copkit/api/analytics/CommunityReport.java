package org.copkit.api.analytics;

import java.time.Instant;
import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.Validation;

/**
 * The participation report of one community over a window: aggregate figures only, never a
 * member's own class (e-moderators list those with {@link ParticipationReports#participants}).
 *
 * @param community the community
 * @param window the window
 * @param generatedAt when the report was made, by the platform clock
 * @param thresholds the bounds of the 1-9-90 split
 * @param participation who takes part, and how unequally
 * @param tiers core versus periphery: CORE, PARTICIPANT and OBSERVER, in that order
 * @param movement how members moved since the previous window
 * @param components the balance of the four CoP components
 * @param questions how the questions fared
 * @param health the health score and the community's dormancy
 * @param weekly the counts of each week
 * @param monthly the counts of each month
 */
public record CommunityReport(
    CommunityId community,
    Window window,
    Instant generatedAt,
    ParticipationThresholds thresholds,
    Participation participation,
    List<TierParticipation> tiers,
    Movement movement,
    ComponentBalance components,
    QuestionFigures questions,
    Health health,
    Series weekly,
    Series monthly) implements Report {

  /** Validates the fields and copies the tiers. */
  public CommunityReport {
    Validation.required("community", community);
    tiers = ReportChecks.validate(window, generatedAt, thresholds, participation, tiers, movement, components, questions,
        weekly, monthly);
    Validation.required("health", health);
  }
}
