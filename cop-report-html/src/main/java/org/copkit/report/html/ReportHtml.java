package org.copkit.report.html;

import static java.time.ZoneOffset.UTC;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.api.analytics.Dormancy;
import org.copkit.api.analytics.HealthFactor;
import org.copkit.api.analytics.Movement;
import org.copkit.api.analytics.Participation;
import org.copkit.api.analytics.QuestionFigures;
import org.copkit.api.analytics.TierParticipation;
import org.copkit.api.feed.CopComponent;

/**
 * A community's participation report as HTML for people: its figures, its charts as inline SVG
 * drawn without any library (the 1-9-90 pyramid, the Lorenz curve, the weekly activity; no
 * script, no inline style, so they pass a strict content security policy) and its tables. Every
 * text is escaped. A host places {@link #sections} in its own page and styles the classes {@code
 * figures}, {@code figure}, {@code charts} and {@code muted}.
 */
public final class ReportHtml {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private ReportHtml() {}

  /**
   * The report's sections without the page around them, for a host that shows them in its own
   * page: the figures, the charts as inline SVG (no script, no inline style), and the tables. Every
   * text from the data is escaped.
   *
   * @param report the community's participation report
   * @return an HTML fragment
   */
  public static String sections(CommunityReport report) {
    Participation participation = report.participation();
    StringBuilder page = new StringBuilder(48 * 1024);
    page.append("<h2>Who takes part</h2>\n<div class=\"figures\">\n");
    figure(page, "members", count(participation.members()));
    figure(page, "contributions", count(participation.contributions()));
    figure(page, "contributors", count(participation.contributors()));
    figure(page, "active participation", Charts.percent(participation.activeParticipationRate()));
    figure(page, "Gini coefficient", String.format(Locale.ROOT, "%.3f", participation.gini()));
    figure(page, "top 1 % share", Charts.percent(participation.top1PercentShare()));
    page.append("</div>\n<div class=\"charts\">\n<figure>")
        .append(Charts.pyramid(participation, report.thresholds().heavyFrom()))
        .append("<figcaption class=\"muted\">The 1-9-90 split: each band's area is its share of the members.</figcaption>")
        .append("</figure>\n<figure>").append(Charts.lorenz(participation))
        .append("<figcaption class=\"muted\">The further the curve from the diagonal, the fewer carry the community.</figcaption>")
        .append("</figure>\n</div>\n");

    page.append("<h2>Weekly activity</h2>\n<figure>").append(Charts.weeklyActivity(report.weekly()))
        .append("</figure>\n");

    tiers(page, report.tiers());
    questions(page, report.questions());
    components(page, report);
    health(page, report);
    movement(page, report.movement());
    return page.toString();
  }

  /**
   * @param text any text
   * @return the text with {@code & < > " '} escaped, safe in element content and quoted attributes
   */
  public static String escape(String text) {
    return Html.escape(text);
  }

  private static void tiers(StringBuilder page, List<TierParticipation> tiers) {
    page.append("<h2>Core and periphery</h2>\n");
    table(page, List.of("tier", "members", "contributions", "contributors", "active"), tiers.stream()
        .map(tier -> List.of(tier.tier().name(), count(tier.members()), count(tier.contributions()),
            count(tier.contributors()), Charts.percent(tier.activeParticipationRate())))
        .toList());
  }

  private static void questions(StringBuilder page, QuestionFigures questions) {
    page.append("<h2>Questions</h2>\n");
    table(page, List.of("asked", "answered", "accepted", "median time to first answer"), List.of(List.of(
        count(questions.asked()),
        count(questions.answered()) + " (" + Charts.percent(questions.shareAnswered()) + ")",
        count(questions.accepted()) + " (" + Charts.percent(questions.shareAccepted()) + ")",
        questions.medianTimeToFirstAnswer().map(ReportHtml::duration).orElse("–"))));
    page.append("<p class=\"muted\">An answer is a top-level reply by someone other than the asker.</p>\n");
  }

  private static void components(StringBuilder page, CommunityReport report) {
    page.append("<h2>The four CoP components</h2>\n");
    table(page, List.of("component", "contributions", "share"), Arrays.stream(CopComponent.values())
        .map(component -> List.of(component.name(), count(report.components().count(component)),
            Charts.percent(report.components().share(component))))
        .toList());
    page.append("<p class=\"muted\">Evenness ")
        .append(String.format(Locale.ROOT, "%.2f", report.components().evenness()))
        .append(" (1 when all four are equal).</p>\n");
  }

  private static void health(StringBuilder page, CommunityReport report) {
    page.append("<h2>Health</h2>\n<div class=\"figures\">\n");
    figure(page, "health score", report.health().score() + " / 100");
    figure(page, dormancyDetail(report.health().dormancy()), dormancyState(report.health().dormancy()));
    page.append("</div>\n");
    table(page, List.of("factor", "value", "weight"), report.health().factors().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(factor -> List.of(factor.getKey().name(), String.format(Locale.ROOT, "%.2f", factor.getValue()),
            String.format(Locale.ROOT, "%.2f", factor.getKey().weight())))
        .toList());
    page.append("<p class=\"muted\">Factors that do not apply are left out; see <code>")
        .append(HealthFactor.class.getSimpleName()).append("</code>.</p>\n");
  }

  private static void movement(StringBuilder page, Movement movement) {
    page.append("<h2>Movement since the previous window</h2>\n<p class=\"muted\">Compared with ")
        .append(day(movement.previous().from())).append(" to ").append(day(movement.previous().to()))
        .append(", the window of the same length just before; members who joined later are counted apart.</p>\n");
    table(page, List.of("activated", "lapsed", "retained", "still lurking", "joined in this window"), List.of(List.of(
        count(movement.activated()), count(movement.lapsed()), count(movement.retained()),
        count(movement.stillLurking()), count(movement.joined()))));
  }

  private static void figure(StringBuilder page, String label, String value) {
    page.append("<div class=\"figure\"><b>").append(Html.escape(value)).append("</b>")
        .append(Html.escape(label)).append("</div>\n");
  }

  /**
   * Appends a table, every heading and cell escaped.
   *
   * @param page where to append it
   * @param headings the column headings
   * @param rows the rows, each as many cells as there are headings
   */
  public static void table(StringBuilder page, List<String> headings, List<List<String>> rows) {
    page.append("<table>\n<thead><tr>");
    headings.forEach(heading -> page.append("<th>").append(Html.escape(heading)).append("</th>"));
    page.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      page.append("<tr>");
      row.forEach(cell -> page.append("<td>").append(Html.escape(cell)).append("</td>"));
      page.append("</tr>\n");
    }
    page.append("</tbody>\n</table>\n");
  }

  private static String dormancyState(Dormancy dormancy) {
    if (dormancy instanceof Dormancy.Awake) {
      return "awake";
    }
    if (dormancy instanceof Dormancy.Due) {
      return "due";
    }
    return dormancy instanceof Dormancy.Asleep ? "asleep" : "outside";
  }

  private static String dormancyDetail(Dormancy dormancy) {
    if (dormancy instanceof Dormancy.Awake awake) {
      return "dormant from " + day(awake.dueAt()) + " if quiet";
    }
    if (dormancy instanceof Dormancy.Due due) {
      return "quiet for " + duration(due.quietFor()) + ": the next sweep puts it to sleep";
    }
    return dormancy instanceof Dormancy.Asleep ? "dormant; the next activity wakes it" : "not active nor dormant";
  }

  /**
   * @param instant an instant
   * @return its day, UTC, as {@code 2026-03-01}
   */
  public static String day(Instant instant) {
    return DAY.format(instant.atOffset(UTC));
  }

  /**
   * @param value a count
   * @return it with thousands separated by commas
   */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /**
   * @param duration a duration
   * @return it in words: days, hours and minutes, minutes and seconds, or seconds
   */
  public static String duration(Duration duration) {
    if (duration.toDays() >= 2) {
      return duration.toDays() + " days";
    }
    if (duration.toHours() >= 2) {
      return duration.toHours() + " h " + duration.toMinutesPart() + " min";
    }
    if (duration.toMinutes() >= 1) {
      return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
