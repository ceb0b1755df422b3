package org.copkit.examples.analytics;

import java.time.Duration;
import java.util.Objects;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.examples.stackexchange.ImportSummary;

/**
 * A community's report together with where its data came from: what {@link ReportJson} and {@link
 * ReportPage} write.
 *
 * @param name the community's name
 * @param source where the data came from, such as the dump's folder
 * @param report the community's participation report
 * @param imported what became of every row of the dump
 * @param importTook how long the import took
 */
public record AnalysedCommunity(
    String name, String source, CommunityReport report, ImportSummary imported, Duration importTook) {

  /** Requires every field. */
  public AnalysedCommunity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(imported, "imported");
    Objects.requireNonNull(importTook, "importTook");
  }
}
