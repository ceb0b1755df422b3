package org.copkit.api.analytics;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.copkit.api.community.Tier;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/** The checks of the fields that every {@link Report} has. */
final class ReportChecks {

  private static final List<Tier> TIER_ORDER = Arrays.asList(Tier.values());

  private ReportChecks() {}

  /**
   * Checks the fields that every report has; the records call it from their constructors, with
   * their parameters (a compact constructor assigns its fields only after its body).
   *
   * @return the tiers, copied
   */
  static List<TierParticipation> validate(Window window, Instant generatedAt, ParticipationThresholds thresholds,
      Participation participation, List<TierParticipation> tiers, Movement movement, ComponentBalance components,
      QuestionFigures questions, Series weekly, Series monthly) {
    Validation.required("window", window);
    Validation.required("generatedAt", generatedAt);
    Validation.required("thresholds", thresholds);
    Validation.required("participation", participation);
    List<TierParticipation> copy = List.copyOf(Validation.noNulls("tiers", tiers));
    if (!copy.stream().map(TierParticipation::tier).toList().equals(TIER_ORDER)) {
      throw new InvalidInputException("tiers", "must hold every tier once, in the order " + TIER_ORDER);
    }
    Validation.required("movement", movement);
    Validation.required("components", components);
    Validation.required("questions", questions);
    requireSeries("weekly", weekly, Granularity.WEEK, window);
    requireSeries("monthly", monthly, Granularity.MONTH, window);
    return copy;
  }

  private static void requireSeries(String field, Series series, Granularity granularity, Window window) {
    Validation.required(field, series);
    if (series.granularity() != granularity) {
      throw new InvalidInputException(field, "must be a series of " + granularity);
    }
    List<PeriodFigures> periods = series.periods();
    if (periods.isEmpty()
        || !periods.get(0).period().from().equals(window.from())
        || !periods.get(periods.size() - 1).period().to().equals(window.to())) {
      throw new InvalidInputException(field, "must cover the window " + window + " exactly");
    }
  }
}
