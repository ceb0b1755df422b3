package org.copkit.api.shared;

import java.time.Duration;

/**
 * What one add-on (a vendor's moderation rule, ranking signal or activity classifier) has cost and
 * how often it failed since the platform started: read by the host for its dashboards and alerts.
 *
 * @param kind the extension point: {@code "moderation-rule"}, {@code "ranking-signal"} or {@code
 *     "activity-classifier"}
 * @param name the add-on's name
 * @param className the implementing class
 * @param calls how many times the platform called it
 * @param failures how many calls threw, returned {@code null} or an answer out of range
 * @param timeouts how many calls outlasted the time budget (the platform answered without them)
 * @param timeSpent the time spent inside the add-on, over all calls that returned or threw
 */
public record AddOnStats(
    String kind, String name, String className, long calls, long failures, long timeouts, Duration timeSpent) {

  /** Validates the fields. */
  public AddOnStats {
    Validation.required("kind", kind);
    Validation.required("name", name);
    Validation.required("className", className);
    Validation.notNegative("calls", calls);
    Validation.notNegative("failures", failures);
    Validation.notNegative("timeouts", timeouts);
    Validation.required("timeSpent", timeSpent);
  }
}
