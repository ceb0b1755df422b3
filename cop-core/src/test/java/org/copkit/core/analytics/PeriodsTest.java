package org.copkit.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.copkit.api.analytics.Granularity;
import org.copkit.api.analytics.Window;
import org.junit.jupiter.api.Test;

/** Weeks and months of a time zone, clipped to the window. */
class PeriodsTest {

  @Test
  void cutsAWindowIntoMondayToMondayWeeksClippingTheFirstAndLast() {
    Window window = window("2026-04-08T12:00:00Z", "2026-04-21T06:00:00Z");

    assertThat(Periods.of(window, Granularity.WEEK, ZoneOffset.UTC)).containsExactly(
        window("2026-04-08T12:00:00Z", "2026-04-13T00:00:00Z"),
        window("2026-04-13T00:00:00Z", "2026-04-20T00:00:00Z"),
        window("2026-04-20T00:00:00Z", "2026-04-21T06:00:00Z"));
  }

  @Test
  void startsWeeksAtTheZonesMidnight() {
    Window window = window("2026-04-06T00:00:00Z", "2026-04-20T00:00:00Z");

    assertThat(Periods.of(window, Granularity.WEEK, ZoneId.of("Europe/Madrid"))).containsExactly(
        window("2026-04-06T00:00:00Z", "2026-04-12T22:00:00Z"),
        window("2026-04-12T22:00:00Z", "2026-04-19T22:00:00Z"),
        window("2026-04-19T22:00:00Z", "2026-04-20T00:00:00Z"));
  }

  @Test
  void cutsCalendarMonthsAcrossADaylightSavingChange() {
    Window window = window("2026-02-15T00:00:00Z", "2026-04-01T00:00:00Z");

    assertThat(Periods.of(window, Granularity.MONTH, ZoneId.of("Europe/Madrid"))).containsExactly(
        window("2026-02-15T00:00:00Z", "2026-02-28T23:00:00Z"),
        window("2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z"),
        window("2026-03-31T22:00:00Z", "2026-04-01T00:00:00Z"));
  }

  @Test
  void keepsAWindowInsideOnePeriodWhole() {
    Window window = window("2026-04-07T00:00:00Z", "2026-04-08T00:00:00Z");

    assertThat(Periods.of(window, Granularity.WEEK, ZoneOffset.UTC)).containsExactly(window);
    assertThat(Periods.of(window, Granularity.MONTH, ZoneOffset.UTC)).containsExactly(window);
  }

  @Test
  void coversAWindowThatStartsAndEndsOnBoundariesWithWholePeriods() {
    List<Window> months = Periods.of(window("2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z"), Granularity.MONTH, ZoneOffset.UTC);

    assertThat(months).hasSize(12);
    assertThat(months.get(1)).isEqualTo(window("2025-02-01T00:00:00Z", "2025-03-01T00:00:00Z"));
  }

  private static Window window(String from, String to) {
    return Window.between(Instant.parse(from), Instant.parse(to));
  }
}
