package org.copkit.core.analytics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.copkit.api.analytics.Granularity;
import org.copkit.api.analytics.Window;

/**
 * Cuts a window into the weeks or months of a time zone. Weeks run from Monday at the start of the
 * day to the next Monday, months from the 1st to the 1st (at the zone's start of day, which a
 * daylight-saving change may move from midnight). The first and the last period are clipped to
 * the window, so that the periods cover it exactly.
 */
final class Periods {

  private Periods() {}

  static List<Window> of(Window window, Granularity granularity, ZoneId zone) {
    List<Window> periods = new ArrayList<>();
    LocalDate start = firstDay(window.from().atZone(zone).toLocalDate(), granularity);
    Instant from = window.from();
    while (from.isBefore(window.to())) {
      start = next(start, granularity);
      Instant boundary = start.atStartOfDay(zone).toInstant();
      Instant to = boundary.isBefore(window.to()) ? boundary : window.to();
      if (to.isAfter(from)) {
        periods.add(new Window(from, to));
        from = to;
      }
    }
    return List.copyOf(periods);
  }

  private static LocalDate firstDay(LocalDate day, Granularity granularity) {
    return switch (granularity) {
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  private static LocalDate next(LocalDate periodStart, Granularity granularity) {
    return switch (granularity) {
      case WEEK -> periodStart.plusWeeks(1);
      case MONTH -> periodStart.plusMonths(1);
    };
  }
}
