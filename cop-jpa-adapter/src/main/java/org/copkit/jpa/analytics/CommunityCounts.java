package org.copkit.jpa.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.port.MemberTally;
import org.copkit.api.analytics.port.QuestionTally;
import org.copkit.api.analytics.port.ReportCounts;
import org.copkit.api.analytics.port.ReportWindows;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.MemberId;

/**
 * Every count of one community's report from three reads: the community's memberships, the rows of
 * the contribution summary for the years of the report's span, and its questions with their first
 * and accepted answers.
 *
 * <p>The summary ({@link ContributionSummary}, migration V31) holds a row per community, author and
 * year, kept on write, with a token per published post: its instant in microseconds and its CoP
 * component. A report of a million posts by a hundred thousand members reads a hundred thousand
 * rows instead of a million. Java finds each token's elementary interval (between consecutive
 * bounds of all the windows) and adds up, per author, the posts of each interval, and per interval
 * and component the posts of authors grouped by when they joined (which window ends come after
 * their {@code joined_at}); a window is then a run of intervals, and a member counts in it when
 * they joined before its end. The reads are plain JDBC on the unit of work's connection ({@link
 * ReportReads}), but for MariaDB's memberships and questions.
 */
final class CommunityCounts {

  private static final CopComponent[] COMPONENTS = CopComponent.values();

  private final CommunityId community;
  private final ReportWindows windows;
  private final ReportReads reads;

  /** The community's members by ID. */
  private final Map<String, Member> members = new HashMap<>();

  CommunityCounts(CommunityId community, ReportWindows windows, ReportReads reads) {
    this.community = community;
    this.windows = windows;
    this.reads = reads;
  }

  /**
   * A membership, how many of the pass's bounds are at or before its joining, and its posts in each
   * of the pass's intervals (null until the pass meets one): one hash lookup per post.
   */
  private static final class Member {
    final MemberId id;
    final Tier tier;
    final Instant joinedAt;
    final int joinedBound;
    int[] perInterval;

    Member(MemberId id, Tier tier, Instant joinedAt, int joinedBound) {
      this.id = id;
      this.tier = tier;
      this.joinedAt = joinedAt;
      this.joinedBound = joinedBound;
    }
  }

  ReportCounts count() {
    Set<Window> passed = new HashSet<>(windows.contributors());
    passed.addAll(windows.histograms());
    passed.addAll(windows.components());
    Instant[] bounds = passed.stream().flatMap(w -> Stream.of(w.from(), w.to()))
        .collect(Collectors.toCollection(TreeSet::new)).toArray(Instant[]::new);
    reads.members(community, (id, tier, joinedAt) ->
        members.put(id, new Member(MemberId.of(id), Tier.valueOf(tier), joinedAt, boundsAtOrBefore(bounds, joinedAt))));
    Pass pass = bounds.length < 2 ? null : pass(bounds);
    Map<Window, List<MemberTally>> contributors = new HashMap<>();
    for (Window window : windows.contributors()) {
      contributors.put(window, pass.tallies(window));
    }
    Map<Window, Map<Long, Long>> histograms = new HashMap<>();
    for (Window window : windows.histograms()) {
      histograms.put(window, pass.histogram(window));
    }
    Map<Window, Map<CopComponent, Long>> components = new HashMap<>();
    for (Window window : windows.components()) {
      components.put(window, pass.components(window));
    }
    return new ReportCounts(members(), contributors, histograms, components, questions());
  }

  /** The members of each tier who joined before each window's end. */
  private Map<Window, Map<Tier, Long>> members() {
    Map<Tier, Instant[]> joined = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      joined.put(tier, members.values().stream().filter(m -> m.tier == tier).map(m -> m.joinedAt).sorted()
          .toArray(Instant[]::new));
    }
    Map<Window, Map<Tier, Long>> counts = new HashMap<>();
    for (Window window : windows.members()) {
      Map<Tier, Long> perTier = new EnumMap<>(Tier.class);
      joined.forEach((tier, times) -> perTier.put(tier, (long) before(times, window.to())));
      counts.put(window, perTier);
    }
    return counts;
  }

  /**
   * The posts of the span from the contribution summary's rows of its years (a row per author, each
   * with a token per post: its instant and its component), added up per author and interval and per
   * interval and component.
   */
  private Pass pass(Instant[] bounds) {
    int intervals = bounds.length - 1;
    long[] micros = reads.micros(bounds);
    Pass pass = new Pass(bounds, intervals, micros);
    reads.summaries(community, ContributionSummary.yearOf(micros[0]), ContributionSummary.yearOf(micros[intervals] - 1),
        (author, posts) -> {
          Member member = members.get(author);
          if (member != null) {
            pass.add(member, posts);
          }
        });
    return pass;
  }

  /**
   * The questions opened in the windows' span with when their accepted answer and their first
   * answer were written (a row per question, its answers found through the thread's index), then
   * each counted in every window that holds it.
   */
  private Map<Window, QuestionTally> questions() {
    Map<Window, QuestionTally> tallies = new HashMap<>();
    if (windows.questions().isEmpty()) {
      return tallies;
    }
    Instant from = windows.questions().stream().map(Window::from).min(Instant::compareTo).orElseThrow();
    Instant to = windows.questions().stream().map(Window::to).max(Instant::compareTo).orElseThrow();
    List<ReportReads.QuestionRow> questions = reads.questions(community, from, to);
    for (Window window : windows.questions()) {
      long asked = 0;
      long accepted = 0;
      List<Duration> delays = new ArrayList<>();
      for (ReportReads.QuestionRow question : questions) {
        Instant askedAt = question.askedAt();
        if (!window.contains(askedAt)) {
          continue;
        }
        asked++;
        if (question.acceptedAt() != null && question.acceptedAt().isBefore(window.to())) {
          accepted++;
        }
        if (question.firstAnsweredAt() != null && question.firstAnsweredAt().isBefore(window.to())) {
          delays.add(Duration.between(askedAt, question.firstAnsweredAt()));
        }
      }
      tallies.put(window, new QuestionTally(asked, accepted, delays));
    }
    return tallies;
  }

  /** The pass's sums. */
  private final class Pass {
    private final Instant[] bounds;
    private final int intervals;
    /** The bounds in the summary's microseconds. */
    private final long[] micros;
    /** The members with a post in the pass, in the order met; each keeps its posts per interval. */
    private final List<Member> contributors = new ArrayList<>();
    /** Per number of bounds at or before the author's joining, per interval, per component: posts. */
    private final long[][][] perComponent;

    Pass(Instant[] bounds, int intervals, long[] micros) {
      this.bounds = bounds;
      this.intervals = intervals;
      this.micros = micros;
      this.perComponent = new long[bounds.length + 1][][];
    }

    /** Each of the member's tokens (microseconds, then the component's letter) in the span. */
    void add(Member member, String posts) {
      int length = posts.length();
      int i = 0;
      while (i < length) {
        boolean negative = posts.charAt(i) == '-';
        if (negative) {
          i++;
        }
        long at = 0;
        char c;
        while (!ContributionSummary.isComponent(c = posts.charAt(i))) {
          at = at * 10 + (c - '0');
          i++;
        }
        i++;
        if (negative) {
          at = -at;
        }
        if (at >= micros[0] && at < micros[intervals]) {
          add(member, interval(at), c - 'a');
        }
      }
    }

    /** @return the interval that holds the instant, known to be in the span: the last bound at or before it */
    private int interval(long at) {
      int low = 0;
      int high = intervals - 1;
      while (low < high) {
        int middle = (low + high + 1) >>> 1;
        if (micros[middle] <= at) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      return low;
    }

    private void add(Member member, int interval, int component) {
      if (member.perInterval == null) {
        member.perInterval = new int[intervals];
        contributors.add(member);
      }
      member.perInterval[interval]++;
      long[][] ofJoining = perComponent[member.joinedBound];
      if (ofJoining == null) {
        ofJoining = new long[intervals][COMPONENTS.length];
        perComponent[member.joinedBound] = ofJoining;
      }
      ofJoining[interval][component]++;
    }

    /** @return the window's first interval and the bound of its end (the interval after its last) */
    private int[] span(Window window) {
      int first = Arrays.binarySearch(bounds, window.from());
      int end = Arrays.binarySearch(bounds, window.to());
      return new int[] {first, end};
    }

    /**
     * The contributors, the number of bounds at or before each one's joining, and each one's posts
     * before each bound, bound by bound ({@code before[bound][author]}): a window's counts are the
     * difference of two rows read from start to end, in the order memory holds them.
     */
    private Member[] authors;
    private int[] joinedBounds;
    private int[][] before;

    private void eachCount(Window window, ObjIntConsumer<Member> counted) {
      if (authors == null) {
        authors = contributors.toArray(Member[]::new);
        joinedBounds = new int[authors.length];
        before = new int[intervals + 1][authors.length];
        for (int a = 0; a < authors.length; a++) {
          joinedBounds[a] = authors[a].joinedBound;
          int[] posts = authors[a].perInterval;
          int sum = 0;
          for (int i = 0; i < intervals; i++) {
            sum += posts[i];
            before[i + 1][a] = sum;
          }
        }
      }
      int[] span = span(window);
      int end = span[1];
      int[] atStart = before[span[0]];
      int[] atEnd = before[end];
      for (int a = 0; a < authors.length; a++) {
        if (joinedBounds[a] <= end) {
          int sum = atEnd[a] - atStart[a];
          if (sum > 0) {
            counted.accept(authors[a], sum);
          }
        }
      }
    }

    List<MemberTally> tallies(Window window) {
      List<MemberTally> tallies = new ArrayList<>();
      eachCount(window, (member, count) -> tallies.add(new MemberTally(member.id, member.tier, member.joinedAt, count)));
      return tallies;
    }

    Map<Long, Long> histogram(Window window) {
      long[][] members = {new long[64]};
      eachCount(window, (member, count) -> {
        if (count >= members[0].length) {
          members[0] = Arrays.copyOf(members[0], Math.max(count + 1, members[0].length * 2));
        }
        members[0][count]++;
      });
      Map<Long, Long> histogram = new HashMap<>();
      for (int count = 1; count < members[0].length; count++) {
        if (members[0][count] > 0) {
          histogram.put((long) count, members[0][count]);
        }
      }
      return histogram;
    }

    Map<CopComponent, Long> components(Window window) {
      int[] span = span(window);
      long[] sums = new long[COMPONENTS.length];
      for (int joined = 0; joined <= span[1]; joined++) {
        long[][] ofJoining = perComponent[joined];
        if (ofJoining == null) {
          continue;
        }
        for (int i = span[0]; i < span[1]; i++) {
          for (int component = 0; component < COMPONENTS.length; component++) {
            sums[component] += ofJoining[i][component];
          }
        }
      }
      Map<CopComponent, Long> components = new EnumMap<>(CopComponent.class);
      for (int component = 0; component < COMPONENTS.length; component++) {
        if (sums[component] > 0) {
          components.put(COMPONENTS[component], sums[component]);
        }
      }
      return components;
    }
  }

  /** @return how many of the ascending bounds are at or before the instant */
  private static int boundsAtOrBefore(Instant[] bounds, Instant instant) {
    int low = 0;
    int high = bounds.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (!bounds[middle].isAfter(instant)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** @return how many of the ascending instants are before the bound */
  private static int before(Instant[] ascending, Instant bound) {
    int low = 0;
    int high = ascending.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (ascending[middle].isBefore(bound)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
