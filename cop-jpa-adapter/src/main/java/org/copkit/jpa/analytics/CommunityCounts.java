package org.copkit.jpa.analytics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.MemberId;

/**
 * Every count of one community's report from three reads: the community's memberships, one pass
 * over its published posts of the report's span, and its questions with their first and accepted
 * answers.
 *
 * <p>The pass hands back one narrow row per post and no timestamp: the author, the number of the
 * elementary interval that holds the post (the intervals between consecutive bounds of all the
 * windows; PostgreSQL's {@code width_bucket} over the bounds, nested {@code CASE}s elsewhere) and
 * the post's CoP component (stored with it since migration V17, so the pass joins nothing) as a
 * number. Java adds up, per author, the posts of each interval, and per interval and component the
 * posts of authors grouped by when they joined (which window ends come after their {@code
 * joined_at}); a window is then a run of intervals, and a member counts in it when they joined
 * before its end. The database reads each post once instead of once per measure and layer of
 * windows, from an index that holds every column the pass reads ({@code cop_post_by_community},
 * migration V18), and groups nothing: grouping a million posts by author costs PostgreSQL more than
 * handing the rows over.
 */
final class CommunityCounts {

  /** Rows fetched per round trip while streaming the posts. */
  private static final int FETCH_SIZE = 10_000;

  private static final CopComponent[] COMPONENTS = CopComponent.values();

  private final EntityManager entityManager;
  private final CommunityId community;
  private final ReportWindows windows;
  private final boolean postgres;

  /** The community's members by ID. */
  private final Map<String, Member> members = new HashMap<>();

  CommunityCounts(EntityManager entityManager, CommunityId community, ReportWindows windows, boolean postgres) {
    this.entityManager = entityManager;
    this.community = community;
    this.windows = windows;
    this.postgres = postgres;
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
    List<Object[]> rows = entityManager
        .createQuery("select m.memberId, m.tier, m.joinedAt from CopMembership m where m.communityId = :community",
            Object[].class)
        .setParameter("community", community.toString())
        .getResultList();
    Set<Window> passed = new HashSet<>(windows.contributors());
    passed.addAll(windows.histograms());
    passed.addAll(windows.components());
    Instant[] bounds = passed.stream().flatMap(w -> Stream.of(w.from(), w.to()))
        .collect(Collectors.toCollection(TreeSet::new)).toArray(Instant[]::new);
    for (Object[] row : rows) {
      Instant joinedAt = (Instant) row[2];
      members.put((String) row[0], new Member(MemberId.of((String) row[0]), Tier.valueOf((String) row[1]), joinedAt,
          boundsAtOrBefore(bounds, joinedAt)));
    }
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

  /** The posts of the span, one narrow row each, added up per author and interval and per interval and component. */
  private Pass pass(Instant[] bounds) {
    int intervals = bounds.length - 1;
    List<Object> parameters = new ArrayList<>();
    String sql = "SELECT p.author, " + interval(bounds, parameters) + ", " + componentCode()
        + " FROM cop_post p"
        + " WHERE p.community_id = " + Layer.parameter(parameters, community.toString())
        + " AND p.state = " + Layer.parameter(parameters, PostState.PUBLISHED.name())
        + " AND p.created_at >= " + Layer.parameter(parameters, bounds[0])
        + " AND p.created_at < " + Layer.parameter(parameters, bounds[intervals]);
    if (postgres) {
      // One statement reads a million rows: compiling it is not worth it, and its hash of the threads fits in memory.
      entityManager.createNativeQuery("SET LOCAL jit = off").executeUpdate();
      entityManager.createNativeQuery("SET LOCAL work_mem = '64MB'").executeUpdate();
    }
    Query query = entityManager.createNativeQuery(sql).setHint("org.hibernate.fetchSize", FETCH_SIZE);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    Pass pass = new Pass(bounds, intervals);
    try (Stream<?> stream = query.getResultStream()) {
      stream.forEach(row -> pass.add((Object[]) row));
    }
    return pass;
  }

  /** The number of the interval that holds {@code p.created_at}, from 0; the row is known to be in the span. */
  private String interval(Instant[] bounds, List<Object> parameters) {
    if (postgres) {
      StringBuilder array = new StringBuilder("width_bucket(p.created_at, ARRAY[");
      for (int i = 0; i < bounds.length; i++) {
        array.append(i == 0 ? "" : ", ").append("CAST(").append(Layer.parameter(parameters, bounds[i]))
            .append(" AS TIMESTAMP WITH TIME ZONE)");
      }
      return array.append("]) - 1").toString();
    }
    return interval(bounds, parameters, 0, bounds.length - 2);
  }

  /** Nested {@code CASE}s that halve the intervals {@code first..last} at each level. */
  private static String interval(Instant[] bounds, List<Object> parameters, int first, int last) {
    if (first == last) {
      return Integer.toString(first);
    }
    int middle = (first + last + 1) >>> 1;
    return "CASE WHEN p.created_at < " + Layer.parameter(parameters, bounds[middle]) + " THEN "
        + interval(bounds, parameters, first, middle - 1) + " ELSE " + interval(bounds, parameters, middle, last) + " END";
  }

  /** The post's component as its index in {@link #COMPONENTS}. */
  private static String componentCode() {
    StringBuilder code = new StringBuilder("CASE p.component");
    for (CopComponent value : COMPONENTS) {
      code.append(" WHEN '").append(value.name()).append("' THEN ").append(value.ordinal());
    }
    return code.append(" END").toString();
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
    List<Object[]> questions = entityManager.createQuery("select t.createdAt,"
            + " (select a.createdAt from CopPost a where a.id = t.acceptedAnswer),"
            + " (select min(p.createdAt) from CopPost p where p.threadId = t.id and p.state = :published"
            + " and p.inReplyTo is null and p.id <> t.openingPost and p.author <> t.author)"
            + " from CopThread t where t.communityId = :community and t.kind = :question and t.state = :published"
            + " and t.createdAt >= :from and t.createdAt < :to", Object[].class)
        .setParameter("community", community.toString())
        .setParameter("question", ThreadKind.QUESTION.name())
        .setParameter("published", PostState.PUBLISHED.name())
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
    for (Window window : windows.questions()) {
      long asked = 0;
      long accepted = 0;
      List<Duration> delays = new ArrayList<>();
      for (Object[] question : questions) {
        Instant askedAt = (Instant) question[0];
        if (!window.contains(askedAt)) {
          continue;
        }
        asked++;
        if (question[1] != null && ((Instant) question[1]).isBefore(window.to())) {
          accepted++;
        }
        if (question[2] != null && ((Instant) question[2]).isBefore(window.to())) {
          delays.add(Duration.between(askedAt, (Instant) question[2]));
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
    /** The members with a post in the pass, in the order met; each keeps its posts per interval. */
    private final List<Member> contributors = new ArrayList<>();
    /** Per number of bounds at or before the author's joining, per interval, per component: posts. */
    private final long[][][] perComponent;

    Pass(Instant[] bounds, int intervals) {
      this.bounds = bounds;
      this.intervals = intervals;
      this.perComponent = new long[bounds.length + 1][][];
    }

    void add(Object[] row) {
      String author = (String) row[0];
      Member member = members.get(author);
      if (member == null) {
        return;
      }
      int interval = ((Number) row[1]).intValue();
      if (member.perInterval == null) {
        member.perInterval = new int[intervals];
        contributors.add(member);
      }
      member.perInterval[interval]++;
      int component = ((Number) row[2]).intValue();
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

    /** Whether the member joined before the bound at {@code end}. */
    private boolean joinedBefore(Member member, int end) {
      return member.joinedBound <= end;
    }

    /** The contributors as arrays, with each member's posts before each bound: a window's count is one subtraction. */
    private Member[] authors;
    private int[][] before;

    private void eachCount(Window window, ObjIntConsumer<Member> counted) {
      if (authors == null) {
        authors = contributors.toArray(Member[]::new);
        before = new int[authors.length][];
        for (int a = 0; a < authors.length; a++) {
          int[] posts = authors[a].perInterval;
          int[] sums = new int[intervals + 1];
          for (int i = 0; i < intervals; i++) {
            sums[i + 1] = sums[i] + posts[i];
          }
          before[a] = sums;
        }
      }
      int[] span = span(window);
      for (int a = 0; a < authors.length; a++) {
        if (joinedBefore(authors[a], span[1])) {
          int sum = before[a][span[1]] - before[a][span[0]];
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
      Map<Long, Long> histogram = new HashMap<>();
      eachCount(window, (member, count) -> histogram.merge((long) count, 1L, Long::sum));
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
