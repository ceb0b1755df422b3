package org.copkit.api.analytics;

import java.time.ZoneId;
import java.util.List;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * A window cut into weeks or months, with the counts of each. The periods follow each other
 * without gap or overlap and cover the window exactly; the first and the last are clipped to it
 * when the window does not start or end on a period boundary.
 *
 * @param granularity weeks or months
 * @param zone the time zone in which weeks and months start
 * @param periods the periods, oldest first
 */
public record Series(Granularity granularity, ZoneId zone, List<PeriodFigures> periods) {

  /** Validates and copies the periods. */
  public Series {
    Validation.required("granularity", granularity);
    Validation.required("zone", zone);
    periods = List.copyOf(Validation.noNulls("periods", periods));
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i).period().from().equals(periods.get(i - 1).period().to())) {
        throw new InvalidInputException("periods", "must follow each other without gap or overlap");
      }
    }
  }
}
