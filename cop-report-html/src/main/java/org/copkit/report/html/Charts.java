package org.copkit.report.html;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.copkit.api.analytics.LorenzPoint;
import org.copkit.api.analytics.Participation;
import org.copkit.api.analytics.PeriodFigures;
import org.copkit.api.analytics.Series;

/**
 * The report's charts as inline SVG, drawn here without any library: the participation pyramid,
 * the Lorenz curve and the weekly activity. Each method returns one {@code <svg>} element that
 * scales to its container.
 */
final class Charts {

  static final String HEAVY_COLOUR = "#1f4e79";
  static final String INTERMITTENT_COLOUR = "#4f8fc0";
  static final String LURKER_COLOUR = "#c9dcee";
  private static final String INK = "#333";
  private static final String GRID = "#ddd";

  private Charts() {}

  /**
   * The 1-9-90 pyramid: a triangle cut into three bands whose areas are the shares of heavy
   * contributors (at the apex), intermittent ones and lurkers (at the base). A band that holds the
   * top {@code s} of the members reaches {@code √s} of the height down from the apex.
   *
   * @param participation the window's participation
   * @param heavyFrom the fewest contributions of a heavy contributor
   * @return the chart
   */
  static String pyramid(Participation participation, int heavyFrom) {
    int width = 500;
    int apexX = 130;
    int top = 12;
    int height = 210;
    int halfBase = 120;
    StringBuilder svg = open(width, top + height + 34, "Participation pyramid",
        "Heavy, intermittent and lurking members as shares of all members");
    record Band(String label, long members, String colour) {}
    List<Band> bands = List.of(
        new Band("Heavy (" + heavyFrom + "+ contributions)", participation.heavy(), HEAVY_COLOUR),
        new Band("Intermittent (1–" + (heavyFrom - 1) + ")", participation.intermittent(), INTERMITTENT_COLOUR),
        new Band("Lurkers (none)", participation.lurkers(), LURKER_COLOUR));
    double above = 0;
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      double share = share(band.members(), participation.members());
      double from = Math.sqrt(above);
      double to = i == bands.size() - 1 ? 1 : Math.sqrt(Math.min(1, above + share));
      above += share;
      double y1 = top + from * height;
      double y2 = top + to * height;
      svg.append(String.format(Locale.ROOT,
          "<polygon points=\"%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"1\">"
              + "<title>%s: %d</title></polygon>",
          apexX - from * halfBase, y1, apexX + from * halfBase, y1, apexX + to * halfBase, y2, apexX - to * halfBase, y2,
          band.colour(), Html.escape(band.label()), band.members()));
      double labelY = top + 24 + i * (height - 20) / 3.0;
      double edgeY = (y1 + y2) / 2;
      double edgeX = apexX + (edgeY - top) / height * halfBase;
      line(svg, edgeX + 4, edgeY, apexX + halfBase + 30, labelY - 4, "#999", 1);
      text(svg, apexX + halfBase + 36, labelY - 4, "start", 14, "bold", Html.escape(band.label()));
      text(svg, apexX + halfBase + 36, labelY + 14, "start", 13, "normal",
          String.format(Locale.ROOT, "%,d members · %s", band.members(), percent(share)));
    }
    text(svg, apexX, top + height + 24, "middle", 12, "normal",
        String.format(Locale.ROOT, "%,d members, %s active", participation.members(),
            percent(participation.activeParticipationRate())));
    return close(svg);
  }

  /**
   * The Lorenz curve of contributions over members, against the line of equality; the shaded area
   * between them is half the Gini coefficient.
   *
   * @param participation the window's participation, with its curve
   * @return the chart
   */
  static String lorenz(Participation participation) {
    int size = 300;
    int left = 56;
    int top = 16;
    StringBuilder svg = open(left + size + 24, top + size + 56, "Lorenz curve",
        "Share of contributions made by the least active share of members");
    for (int tick = 0; tick <= 100; tick += 25) {
      double x = left + size * tick / 100.0;
      double y = top + size - size * tick / 100.0;
      line(svg, left, y, left + size, y, GRID, 1);
      line(svg, x, top, x, top + size, GRID, 1);
      text(svg, left - 6, y + 4, "end", 11, "normal", tick + "%");
      text(svg, x, top + size + 16, "middle", 11, "normal", tick + "%");
    }
    text(svg, left + size / 2.0, top + size + 36, "middle", 12, "normal", "members, least active first");
    svg.append(String.format(Locale.ROOT,
        "<text x=\"14\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" fill=\"%s\" "
            + "transform=\"rotate(-90 14 %.1f)\">contributions</text>",
        top + size / 2.0, INK, top + size / 2.0));
    line(svg, left, top + size, left + size, top, "#999", 1.5, "stroke-dasharray=\"5 4\"");
    List<LorenzPoint> curve = participation.lorenz();
    if (!curve.isEmpty()) {
      StringBuilder points = new StringBuilder();
      for (LorenzPoint point : curve) {
        points.append(String.format(Locale.ROOT, "%.2f,%.2f ",
            left + point.memberShare() * size, top + size - point.contributionShare() * size));
      }
      svg.append(String.format(Locale.ROOT, "<polygon points=\"%s%.2f,%.2f\" fill=\"%s\" fill-opacity=\"0.35\"/>",
          points, (double) left, (double) top + size, INTERMITTENT_COLOUR));
      svg.append("<polyline points=\"").append(points.toString().strip())
          .append("\" fill=\"none\" stroke=\"").append(HEAVY_COLOUR).append("\" stroke-width=\"2.5\"/>");
    }
    text(svg, left + 12, top + 22, "start", 13, "bold",
        String.format(Locale.ROOT, "Gini %.3f", participation.gini()));
    text(svg, left + 12, top + 40, "start", 12, "normal",
        "top 1 % of members: " + percent(participation.top1PercentShare()) + " of contributions");
    return close(svg);
  }

  /**
   * Contributions and contributors week by week, with a tick at every new year.
   *
   * @param weekly the weekly series
   * @return the chart
   */
  static String weeklyActivity(Series weekly) {
    int width = 900;
    int height = 260;
    int left = 48;
    int right = 12;
    int top = 12;
    int plot = height - top - 44;
    List<PeriodFigures> weeks = weekly.periods();
    StringBuilder svg = open(width, height, "Weekly activity", "Contributions and contributors in each week");
    long max = Math.max(1, weeks.stream().mapToLong(PeriodFigures::contributions).max().orElse(0));
    long step = niceStep(max);
    long ceiling = (max + step - 1) / step * step;
    double plotWidth = width - left - right;
    for (long value = 0; value <= ceiling; value += step) {
      double y = top + plot - plot * (double) value / ceiling;
      line(svg, left, y, width - right, y, GRID, 1);
      text(svg, left - 6, y + 4, "end", 11, "normal", String.format(Locale.ROOT, "%,d", value));
    }
    yearTicks(svg, weeks, weekly.zone(), left, plotWidth, top + plot);
    if (!weeks.isEmpty()) {
      svg.append(area(weeks, PeriodFigures::contributions, left, plotWidth, top, plot, ceiling));
      svg.append(path(weeks, PeriodFigures::contributors, left, plotWidth, top, plot, ceiling));
    }
    int legendY = height - 8;
    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>",
        left, legendY - 10, INTERMITTENT_COLOUR));
    text(svg, left + 18, legendY, "start", 12, "normal", "contributions");
    line(svg, left + 130, legendY - 4, left + 148, legendY - 4, HEAVY_COLOUR, 2);
    text(svg, left + 154, legendY, "start", 12, "normal", "contributors");
    return close(svg);
  }

  private static String area(List<PeriodFigures> weeks, ToLongFunction<PeriodFigures> count, double left,
      double plotWidth, double top, double plot, long ceiling) {
    double barWidth = plotWidth / weeks.size();
    StringBuilder d = new StringBuilder(String.format(Locale.ROOT, "M%.2f,%.2f", left, top + plot));
    for (int i = 0; i < weeks.size(); i++) {
      double y = top + plot - plot * (double) count.applyAsLong(weeks.get(i)) / ceiling;
      d.append(String.format(Locale.ROOT, "L%.2f,%.2fL%.2f,%.2f", left + i * barWidth, y, left + (i + 1) * barWidth, y));
    }
    d.append(String.format(Locale.ROOT, "L%.2f,%.2fZ", left + plotWidth, top + plot));
    return "<path d=\"" + d + "\" fill=\"" + INTERMITTENT_COLOUR + "\" fill-opacity=\"0.75\"/>";
  }

  private static String path(List<PeriodFigures> weeks, ToLongFunction<PeriodFigures> count, double left,
      double plotWidth, double top, double plot, long ceiling) {
    double barWidth = plotWidth / weeks.size();
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < weeks.size(); i++) {
      double y = top + plot - plot * (double) count.applyAsLong(weeks.get(i)) / ceiling;
      d.append(String.format(Locale.ROOT, "%s%.2f,%.2f", i == 0 ? "M" : "L", left + (i + 0.5) * barWidth, y));
    }
    return "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + HEAVY_COLOUR + "\" stroke-width=\"1.2\"/>";
  }

  /** A tick at the first week of each year, labelled; labels thin out when the years are many. */
  private static void yearTicks(StringBuilder svg, List<PeriodFigures> weeks, ZoneId zone, double left,
      double plotWidth, double baseline) {
    List<Integer> newYears = new ArrayList<>();
    for (int i = 1; i < weeks.size(); i++) {
      if (year(weeks.get(i), zone) != year(weeks.get(i - 1), zone)) {
        newYears.add(i);
      }
    }
    double barWidth = weeks.isEmpty() ? 0 : plotWidth / weeks.size();
    int labelEvery = Math.max(1, (newYears.size() + 11) / 12);
    for (int k = 0; k < newYears.size(); k++) {
      int week = newYears.get(k);
      double x = left + week * barWidth;
      line(svg, x, baseline, x, baseline + 5, INK, 1);
      if (k % labelEvery == 0) {
        text(svg, x, baseline + 18, "middle", 11, "normal", Integer.toString(year(weeks.get(week), zone)));
      }
    }
    line(svg, left, baseline, left + plotWidth, baseline, INK, 1);
  }

  private static int year(PeriodFigures period, ZoneId zone) {
    return ZonedDateTime.ofInstant(period.period().from(), zone).getYear();
  }

  /**
   * A round step for an axis from 0 to {@code max}: the smallest of 1, 2, 2.5 (from 10 on) and 5
   * times a power of ten that needs at most five steps.
   *
   * @param max the largest value to show, at least 1
   * @return the step
   */
  static long niceStep(long max) {
    for (long power = 1; ; power *= 10) {
      for (long step : new long[] {power, 2 * power, power >= 10 ? power * 5 / 2 : 2 * power, 5 * power}) {
        if ((max + step - 1) / step <= 5) {
          return step;
        }
      }
    }
  }

  private static StringBuilder open(int width, int height, String title, String description) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" role=\"img\" "
            + "font-family=\"system-ui, sans-serif\"><title>%s</title><desc>%s</desc>",
        width, height, width, Html.escape(title), Html.escape(description)));
  }

  private static String close(StringBuilder svg) {
    return svg.append("</svg>").toString();
  }

  private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour, double width,
      String... extra) {
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"%.1f\" %s/>",
        x1, y1, x2, y2, colour, width, String.join(" ", extra)));
  }

  private static void text(StringBuilder svg, double x, double y, String anchor, int size, String weight,
      String escaped) {
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" font-weight=\"%s\" fill=\"%s\">%s</text>",
        x, y, anchor, size, weight, INK, escaped));
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
  }
}
