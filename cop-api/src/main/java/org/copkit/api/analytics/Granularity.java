package org.copkit.api.analytics;

/** The periods a {@link Series} cuts a window into, in the platform's reporting time zone. */
public enum Granularity {
  /** ISO weeks: from Monday 00:00 to the next Monday 00:00. */
  WEEK,
  /** Calendar months: from the 1st at 00:00 to the 1st of the next month at 00:00. */
  MONTH
}
