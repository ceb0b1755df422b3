package org.copkit.benchmarks.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.api.analytics.Participation;
import org.copkit.api.analytics.PeriodFigures;
import org.copkit.api.feed.CopComponent;

/** Both contenders must find the same figures, or the benchmark compares nothing. */
final class ReportAgreement {

  private static final double CLOSE = 1e-9;

  private ReportAgreement() {}

  /**
   * @param report CoPKit's report
   * @param counted the alternative's figures
   * @throws IllegalStateException naming every figure on which they differ
   */
  static void check(CommunityReport report, CountedInJava.Figures counted) {
    Participation p = report.participation();
    List<String> differences = new ArrayList<>();
    same(differences, "members", p.members(), counted.members());
    same(differences, "contributions", p.contributions(), counted.contributions());
    same(differences, "contributors", p.contributors(), counted.contributors());
    same(differences, "heavy", p.heavy(), counted.heavy());
    close(differences, "gini", p.gini(), counted.gini());
    close(differences, "top1PercentShare", p.top1PercentShare(), counted.top1PercentShare());
    same(differences, "activated", report.movement().activated(), counted.activated());
    List<Long> components = new ArrayList<>();
    for (CopComponent component : CopComponent.values()) {
      components.add(report.components().count(component));
    }
    same(differences, "components", components, counted.components());
    same(differences, "asked", report.questions().asked(), counted.asked());
    same(differences, "answered", report.questions().answered(), counted.answered());
    same(differences, "medianTimeToFirstAnswer", report.questions().medianTimeToFirstAnswer().orElse(null),
        counted.medianToFirstAnswer());
    same(differences, "weekly contributions",
        report.weekly().periods().stream().map(PeriodFigures::contributions).toList(), counted.weeklyContributions());
    same(differences, "monthly contributors",
        report.monthly().periods().stream().map(PeriodFigures::contributors).toList(), counted.monthlyContributors());
    if (!differences.isEmpty()) {
      throw new IllegalStateException("CoPKit and the alternative disagree: " + String.join("; ", differences));
    }
  }

  private static void same(List<String> differences, String figure, Object copkit, Object alternative) {
    if (!Objects.equals(copkit, alternative)) {
      differences.add(figure + " " + copkit + " ≠ " + alternative);
    }
  }

  private static void close(List<String> differences, String figure, double copkit, double alternative) {
    if (Math.abs(copkit - alternative) > CLOSE) {
      differences.add(figure + " " + copkit + " ≠ " + alternative);
    }
  }
}
