package org.copkit.api.analytics;

import java.time.Instant;
import java.util.List;

/**
 * What a community's report and the platform's report have in common: participation over a
 * window, core versus periphery, movement from the previous window, the balance of the CoP
 * components, questions, and weekly and monthly series. Sealed: a {@link CommunityReport} or a
 * {@link PlatformReport}.
 */
public sealed interface Report permits CommunityReport, PlatformReport {

  /** @return the window the figures are about */
  Window window();

  /** @return when the report was made, by the platform clock */
  Instant generatedAt();

  /** @return the bounds of the 1-9-90 split used */
  ParticipationThresholds thresholds();

  /** @return who takes part, and how unequally */
  Participation participation();

  /** @return the figures of each tier, CORE, PARTICIPANT and OBSERVER in that order */
  List<TierParticipation> tiers();

  /** @return how members moved since the previous window of the same length */
  Movement movement();

  /** @return the balance of the four CoP components */
  ComponentBalance components();

  /** @return how the questions fared */
  QuestionFigures questions();

  /** @return the counts of each week */
  Series weekly();

  /** @return the counts of each month */
  Series monthly();
}
