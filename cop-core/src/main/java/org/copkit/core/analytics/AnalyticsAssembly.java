package org.copkit.core.analytics;

import java.time.Duration;
import java.time.ZoneId;
import org.copkit.api.analytics.ParticipationReports;
import org.copkit.api.analytics.ParticipationThresholds;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.shared.Wiring;

/**
 * Assembles participation analytics for {@code CopPlatform}. Wiring, not API: hosts build a {@code
 * CopPlatform} and take {@link ParticipationReports} from it.
 */
public final class AnalyticsAssembly {

  private final ParticipationReports reports;

  private AnalyticsAssembly(ParticipationReports reports) {
    this.reports = reports;
  }

  /**
   * Builds the reports on the given ports.
   *
   * @param wiring the platform's ports and clock
   * @param thresholds the bounds of the 1-9-90 split
   * @param zone the time zone in which weeks and months start
   * @param dormancyAfter the community lifecycle's dormancy period
   * @param communities the community rules, which authorize every reader
   * @return the assembly
   */
  public static AnalyticsAssembly create(Wiring wiring, ParticipationThresholds thresholds, ZoneId zone,
      Duration dormancyAfter, CommunityGate communities) {
    Reporting reporting = new Reporting(thresholds, zone, wiring.clock(), dormancyAfter);
    return new AnalyticsAssembly(new ParticipationReportsService(wiring.storage(), communities, reporting));
  }

  /** @return the participation reports use case */
  public ParticipationReports reports() {
    return reports;
  }
}
