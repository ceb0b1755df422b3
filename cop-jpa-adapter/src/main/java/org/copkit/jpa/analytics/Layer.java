package org.copkit.jpa.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.copkit.api.analytics.Window;

/**
 * Windows that do not overlap, counted by one query: each row of the query gets the number of the
 * window that holds it, from a {@code CASE} over the windows' bounds, and the query groups by that
 * number. The windows of a call are sorted into as few layers as possible (a report's window, its
 * weeks and its months make three), so that a call reads each row once per layer rather than once
 * per window.
 */
final class Layer {

  final List<Window> windows;

  private Layer(List<Window> windows) {
    this.windows = List.copyOf(windows);
  }

  /**
   * @param windows any windows
   * @return the windows in layers of windows that do not overlap, each sorted by start
   */
  static List<Layer> of(Set<Window> windows) {
    List<List<Window>> open = new ArrayList<>();
    for (Window window : windows.stream().sorted(Comparator.comparing(Window::from)).toList()) {
      List<Window> layer = open.stream()
          .filter(candidate -> !candidate.get(candidate.size() - 1).to().isAfter(window.from()))
          .findFirst()
          .orElseGet(() -> {
            List<Window> fresh = new ArrayList<>();
            open.add(fresh);
            return fresh;
          });
      layer.add(window);
    }
    return open.stream().map(Layer::new).toList();
  }

  /** @return the first instant of the layer's span */
  Instant from() {
    return windows.get(0).from();
  }

  /** @return the first instant after the layer's span */
  Instant to() {
    return windows.get(windows.size() - 1).to();
  }

  /**
   * A SQL expression for the number of the window (its index in {@link #windows}) that holds a
   * row, or NULL when none does: nested {@code CASE}s that halve the windows at each level, so that
   * a row is compared with about {@code log2(windows)} bounds rather than with every window's.
   *
   * @param at the column with the row's instant
   * @param joinedAt a column that must also be before the window's end, or null
   * @param parameters where to append the expression's parameters, in order
   * @return the expression, with {@code ?n} parameters numbered after those already in {@code parameters}
   */
  String number(String at, String joinedAt, List<Object> parameters) {
    return number(at, joinedAt, parameters, 0, windows.size() - 1);
  }

  private String number(String at, String joinedAt, List<Object> parameters, int first, int last) {
    if (first == last) {
      Window window = windows.get(first);
      return "CASE WHEN " + at + " >= " + parameter(parameters, window.from()) + " AND " + at + " < "
          + parameter(parameters, window.to())
          + (joinedAt == null ? "" : " AND " + joinedAt + " < " + parameter(parameters, window.to()))
          + " THEN " + first + " END";
    }
    int middle = (first + last + 1) >>> 1;
    return "CASE WHEN " + at + " < " + parameter(parameters, windows.get(middle).from()) + " THEN "
        + number(at, joinedAt, parameters, first, middle - 1) + " ELSE " + number(at, joinedAt, parameters, middle, last)
        + " END";
  }

  /**
   * @param parameters the query's parameters so far
   * @param value another one
   * @return its placeholder
   */
  static String parameter(List<Object> parameters, Object value) {
    parameters.add(value);
    return "?" + parameters.size();
  }
}
