package org.copkit.core.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.api.analytics.ComponentBalance;
import org.copkit.api.analytics.Granularity;
import org.copkit.api.analytics.Health;
import org.copkit.api.analytics.Movement;
import org.copkit.api.analytics.Participation;
import org.copkit.api.analytics.ParticipationClass;
import org.copkit.api.analytics.ParticipationThresholds;
import org.copkit.api.analytics.PeriodFigures;
import org.copkit.api.analytics.PlatformReport;
import org.copkit.api.analytics.QuestionFigures;
import org.copkit.api.analytics.Series;
import org.copkit.api.analytics.TierParticipation;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.port.Contributions;
import org.copkit.api.analytics.port.MemberTally;
import org.copkit.api.analytics.port.QuestionTally;
import org.copkit.api.analytics.port.ReportCounts;
import org.copkit.api.analytics.port.ReportWindows;
import org.copkit.api.analytics.port.Scope;
import org.copkit.api.community.Community;
import org.copkit.api.community.Tier;
import org.copkit.api.feed.CopComponent;

/**
 * Computes reports from what {@link Contributions} counts. One report asks the port once ({@link
 * Contributions#report}) for five counts, each over all the windows concerned at once: the members
 * of the window, of the previous window of the same length (movement and momentum) and of every
 * week and month of the window (the series);
 * the tallies of each member in the window and the previous one; the histograms of the weeks and
 * months; contributions per CoP component (as stored with each post) and questions in the window, its weeks
 * and its months. Everything else is
 * arithmetic on the counts.
 */
final class Reporting {

  private final ParticipationThresholds thresholds;
  private final ZoneId zone;
  private final Clock clock;
  private final Duration dormancyAfter;

  Reporting(ParticipationThresholds thresholds, ZoneId zone, Clock clock, Duration dormancyAfter) {
    this.thresholds = thresholds;
    this.zone = zone;
    this.clock = clock;
    this.dormancyAfter = dormancyAfter;
  }

  ParticipationThresholds thresholds() {
    return thresholds;
  }

  /** A community's report; the caller has authorized the reader and runs this in a unit of work. */
  CommunityReport community(Contributions port, Community community, Window window) {
    Figures figures = figures(port, Scope.of(community.id()), window);
    Instant now = clock.instant();
    Health health = HealthScore.of(figures.participation(), figures.components(), figures.questions(),
        figures.previousContributions(), HealthScore.dormancy(community, now, dormancyAfter));
    return new CommunityReport(community.id(), window, now, thresholds, figures.participation(), figures.tiers(),
        figures.movement(), figures.components(), figures.questions(), health, figures.weekly(), figures.monthly());
  }

  /** The platform's report; the caller has authorized the reader and runs this in a unit of work. */
  PlatformReport platform(Contributions port, Window window) {
    Figures figures = figures(port, Scope.platform(), window);
    return new PlatformReport(window, clock.instant(), thresholds, figures.participation(), figures.tiers(),
        figures.movement(), figures.components(), figures.questions(), figures.weekly(), figures.monthly());
  }

  private Figures figures(Contributions port, Scope scope, Window window) {
    Window previous = window.previous();
    List<Window> weeks = Periods.of(window, Granularity.WEEK, zone);
    List<Window> months = Periods.of(window, Granularity.MONTH, zone);
    Set<Window> periods = new LinkedHashSet<>(weeks);
    periods.addAll(months);
    Set<Window> reported = new LinkedHashSet<>(periods);
    reported.add(window);
    Set<Window> tallied = Set.of(window, previous);
    Set<Window> counted = new LinkedHashSet<>(reported);
    counted.add(previous);

    ReportCounts answered = port.report(scope, new ReportWindows(counted, tallied, periods, reported, reported));
    Counts counts = new Counts(answered.members(), answered.contributors(), answered.histograms(),
        answered.components(), answered.questions());
    WindowTallies current = counts.tallies(window);
    WindowTallies before = counts.tallies(previous);
    Participation participation = current.participation(thresholds);
    Movement movement = Movements.between(previous, before, window, current, thresholds);
    return new Figures(participation, current.tiers(), movement, balance(counts.components(window)),
        questionFigures(counts.questions(window)), before.contributions(),
        series(Granularity.WEEK, weeks, counts), series(Granularity.MONTH, months, counts));
  }

  private Series series(Granularity granularity, List<Window> periods, Counts counts) {
    List<PeriodFigures> figures = new ArrayList<>(periods.size());
    for (Window period : periods) {
      long members = counts.members(period);
      long contributions = 0;
      long contributors = 0;
      long heavy = 0;
      for (Map.Entry<Long, Long> bar : counts.histogram(period).entrySet()) {
        contributions += bar.getKey() * bar.getValue();
        contributors += bar.getValue();
        if (thresholds.classify(bar.getKey()) == ParticipationClass.HEAVY) {
          heavy += bar.getValue();
        }
      }
      QuestionTally questions = counts.questions(period);
      figures.add(new PeriodFigures(period, members, contributions, contributors, heavy, contributors - heavy,
          members - contributors, balance(counts.components(period)).contributions(),
          questions.asked(), questions.answered(), questions.accepted()));
    }
    return new Series(granularity, zone, figures);
  }

  /** The contributions of each component, zeros included. */
  private static ComponentBalance balance(Map<CopComponent, Long> counted) {
    Map<CopComponent, Long> components = new EnumMap<>(CopComponent.class);
    for (CopComponent component : CopComponent.values()) {
      components.put(component, counted.getOrDefault(component, 0L));
    }
    return new ComponentBalance(components);
  }

  /**
   * The shares of the questions and the median delay to a first answer: the middle delay of the
   * sorted delays, or the mean of the two middle ones when their number is even.
   */
  static QuestionFigures questionFigures(QuestionTally tally) {
    Duration[] delays = tally.firstAnswerDelays().toArray(Duration[]::new);
    Arrays.sort(delays);
    Optional<Duration> median = Optional.empty();
    if (delays.length > 0) {
      int middle = delays.length / 2;
      median = Optional.of(delays.length % 2 == 1 ? delays[middle] : delays[middle - 1].plus(delays[middle]).dividedBy(2));
    }
    return QuestionFigures.of(tally.asked(), tally.answered(), tally.accepted(), median);
  }

  /** What both kinds of report hold. */
  private record Figures(
      Participation participation,
      List<TierParticipation> tiers,
      Movement movement,
      ComponentBalance components,
      QuestionFigures questions,
      long previousContributions,
      Series weekly,
      Series monthly) {}

  /** The port's answers for every window of one report. */
  private record Counts(
      Map<Window, Map<Tier, Long>> members,
      Map<Window, List<MemberTally>> contributors,
      Map<Window, Map<Long, Long>> histograms,
      Map<Window, Map<CopComponent, Long>> components,
      Map<Window, QuestionTally> questions) {

    WindowTallies tallies(Window window) {
      return new WindowTallies(members.getOrDefault(window, Map.of()), contributors.getOrDefault(window, List.of()));
    }

    long members(Window window) {
      return members.getOrDefault(window, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    Map<Long, Long> histogram(Window window) {
      return histograms.getOrDefault(window, Map.of());
    }

    Map<CopComponent, Long> components(Window window) {
      return components.getOrDefault(window, Map.of());
    }

    QuestionTally questions(Window window) {
      return questions.getOrDefault(window, QuestionTally.NONE);
    }
  }
}
