package org.copkit.benchmarks.analytics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copkit.api.analytics.Window;
import org.copkit.api.community.Audience;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.benchmarks.analytics.LoadedRows.Member;
import org.copkit.benchmarks.analytics.LoadedRows.PostInThread;

/**
 * The straightforward alternative's counting: given every row, count in Java with hash maps what
 * the CoPKit report holds: members, contributions and contributors, the 1-9-90 split, Gini and top-1
 * % share, tiers, activation against the previous year, the four components, questions with the
 * median time to a first answer, and weekly and monthly contributions and contributors (UTC).
 * Same definitions as {@code org.copkit.api.analytics.port.Contributions}.
 */
final class CountedInJava {

  private CountedInJava() {}

  /**
   * The figures the benchmark compares with the CoPKit report.
   *
   * @param members members at the window's end
   * @param contributions contributions in the window
   * @param contributors members who contributed
   * @param heavy heavy contributors
   * @param gini the Gini coefficient
   * @param top1PercentShare the share of the top 1 %
   * @param activated lurkers of the previous window who contributed in this one
   * @param components contributions per component, in {@code CopComponent} order
   * @param asked questions opened
   * @param answered questions answered in time
   * @param medianToFirstAnswer the median time to a first answer, or null
   * @param weeklyContributions contributions per week
   * @param monthlyContributors contributors per month
   */
  record Figures(long members, long contributions, long contributors, long heavy, double gini, double top1PercentShare,
      long activated, List<Long> components, long asked, long answered, Duration medianToFirstAnswer,
      List<Long> weeklyContributions, List<Long> monthlyContributors) {}

  static Figures count(LoadedRows rows, Window window, int heavyFrom) {
    Map<String, Member> members = new HashMap<>();
    rows.members().forEach(member -> members.put(member.member(), member));
    Window previous = window.previous();
    List<Window> weeks = periods(window, true);
    List<Window> months = periods(window, false);

    Map<String, long[]> now = new HashMap<>();
    Map<String, long[]> before = new HashMap<>();
    List<Map<String, long[]>> perWeek = maps(weeks.size());
    List<Map<String, long[]>> perMonth = maps(months.size());
    long[] components = new long[4];
    Map<String, Instant> firstAnswer = new HashMap<>();
    Map<String, PostInThread> questions = new HashMap<>();
    Map<String, Instant> postTimes = new HashMap<>();
    for (PostInThread post : rows.posts()) {
      postTimes.put(post.id(), post.createdAt());
      if (post.kind() == ThreadKind.QUESTION && post.threadState() == PostState.PUBLISHED && window.contains(post.threadCreatedAt())) {
        questions.put(post.thread(), post);
        if (post.state() == PostState.PUBLISHED && !post.nested() && !post.id().equals(post.openingPost())
            && !post.author().equals(post.threadAuthor()) && post.createdAt().isBefore(window.to())) {
          firstAnswer.merge(post.thread(), post.createdAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
      Member author = members.get(post.author());
      if (post.state() != PostState.PUBLISHED || author == null) {
        continue;
      }
      if (previous.contains(post.createdAt()) && author.joinedAt().isBefore(previous.to())) {
        before.computeIfAbsent(post.author(), a -> new long[1])[0]++;
      }
      if (!window.contains(post.createdAt()) || !author.joinedAt().isBefore(window.to())) {
        continue;
      }
      now.computeIfAbsent(post.author(), a -> new long[1])[0]++;
      components[component(post)]++;
      countIn(weeks, perWeek, post, author);
      countIn(months, perMonth, post, author);
    }

    long memberCount = rows.members().stream().filter(m -> m.joinedAt().isBefore(window.to())).count();
    long[] counts = now.values().stream().mapToLong(c -> c[0]).sorted().toArray();
    long total = Arrays.stream(counts).sum();
    long zeros = memberCount - counts.length;
    double numerator = 0;
    for (int i = 0; i < counts.length; i++) {
      long rank = zeros + i + 1;
      numerator += (2.0 * rank - memberCount - 1) * counts[i];
    }
    long top = (memberCount + 99) / 100;
    long topSum = 0;
    for (int i = counts.length - 1; i >= 0 && top > 0; i--, top--) {
      topSum += counts[i];
    }
    long activated = now.keySet().stream()
        .filter(member -> !before.containsKey(member) && members.get(member).joinedAt().isBefore(window.from()))
        .count();
    long heavy = Arrays.stream(counts).filter(c -> c >= heavyFrom).count();

    long accepted = questions.values().stream()
        .filter(q -> q.acceptedAnswer() != null && postTimes.getOrDefault(q.acceptedAnswer(), window.to()).isBefore(window.to()))
        .count();
    Duration[] delays = firstAnswer.entrySet().stream()
        .map(e -> Duration.between(questions.get(e.getKey()).threadCreatedAt(), e.getValue()))
        .sorted()
        .toArray(Duration[]::new);
    Duration median = delays.length == 0 ? null : delays.length % 2 == 1 ? delays[delays.length / 2]
        : delays[delays.length / 2 - 1].plus(delays[delays.length / 2]).dividedBy(2);

    return new Figures(memberCount, total, counts.length, heavy, total == 0 ? 0 : numerator / ((double) memberCount * total),
        total == 0 ? 0 : (double) topSum / total, activated, Arrays.stream(components).boxed().toList(), questions.size(),
        delays.length, median,
        perWeek.stream().map(m -> m.values().stream().mapToLong(c -> c[0]).sum()).toList(),
        perMonth.stream().map(m -> (long) m.size()).toList());
  }

  /**
   * The built-in classification: announcements antenna; questions and comments in them learning,
   * answers (top-level replies to questions) know-how; core discussions production, others know-how.
   */
  private static int component(PostInThread post) {
    return switch (post.kind()) {
      case ANNOUNCEMENT -> 0;
      case QUESTION -> !post.nested() && !post.id().equals(post.openingPost()) ? 1 : 3;
      case DISCUSSION -> post.audience() == Audience.CORE ? 2 : 1;
    };
  }

  /** Finds the period by binary search on the starts; the post is inside the window. */
  private static void countIn(List<Window> periods, List<Map<String, long[]>> counts, PostInThread post, Member author) {
    int low = 0;
    int high = periods.size() - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (periods.get(middle).from().isAfter(post.createdAt())) {
        high = middle - 1;
      } else {
        low = middle;
      }
    }
    if (author.joinedAt().isBefore(periods.get(low).to())) {
      counts.get(low).computeIfAbsent(post.author(), a -> new long[1])[0]++;
    }
  }

  private static List<Map<String, long[]>> maps(int size) {
    List<Map<String, long[]>> maps = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      maps.add(new HashMap<>());
    }
    return maps;
  }

  /** Weeks from Monday or calendar months, in UTC, clipped to the window. */
  private static List<Window> periods(Window window, boolean weeks) {
    List<Window> periods = new ArrayList<>();
    LocalDate day = window.from().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate start = weeks ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    Instant from = window.from();
    while (from.isBefore(window.to())) {
      start = weeks ? start.plusWeeks(1) : start.plusMonths(1);
      Instant boundary = start.atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant to = boundary.isBefore(window.to()) ? boundary : window.to();
      periods.add(Window.between(from, to));
      from = to;
    }
    return periods;
  }
}
