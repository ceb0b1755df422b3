package org.copkit.jpa.analytics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.port.Contributions;
import org.copkit.api.analytics.port.MemberTally;
import org.copkit.api.analytics.port.QuestionTally;
import org.copkit.api.analytics.port.ReportCounts;
import org.copkit.api.analytics.port.ReportWindows;
import org.copkit.api.analytics.port.Scope;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JdbcWork;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link Contributions} on JPA, by aggregate queries on {@code cop_post}, {@code cop_thread} and
 * {@code cop_membership}: the database joins, filters, groups and counts, and hands back one row
 * per contributor, number of contributions, component, tier or question, never a post.
 *
 * <p>The windows of a call are sorted into layers of windows that do not overlap ({@link Layer});
 * one query counts a whole layer, numbering each row with the window that holds it, so a report
 * reads the posts of its window once for the window, once for its weeks and once for its months,
 * not once per week. Grouping by that number needs a subquery in FROM, which JPQL 3.1 lacks: those
 * queries are native SQL, the same on H2, PostgreSQL and MariaDB, and read no timestamp back (JPQL
 * reads those, with the provider's mapping). Per-member tallies and the platform's members are
 * counted per window, in JPQL. The indexes are in migrations V5 and V18.
 *
 * <p>A community's report, {@link #report}, does not use these methods: it reads the contribution
 * summary kept on write ({@link ContributionSummary}) once for all its counts ({@link
 * CommunityCounts}).
 */
final class JpaContributions implements Contributions {

  /** Posts {@code p} with the memberships {@code m} of their authors in their communities. */
  private static final String POSTS_AND_AUTHORS = " from CopPost p, CopMembership m";

  /** The posts that are contributions in {@code [:from, :to)}: published, by a member who joined before {@code :to}. */
  private static final String CONTRIBUTIONS =
      " where m.communityId = p.communityId and m.memberId = p.author and m.joinedAt < :to"
          + " and p.state = :published and p.createdAt >= :from and p.createdAt < :to";

  /** The published questions opened in {@code [:from, :to)}. */
  private static final String QUESTIONS =
      " t.kind = :question and t.state = :published and t.createdAt >= :from and t.createdAt < :to";

  private final JpaTransactions transactions;

  /** The database's product name, once asked. */
  private volatile String product;

  JpaContributions(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  /**
   * A community's report from three reads, the contribution summary among them ({@link
   * CommunityCounts}); the platform's from the five methods below.
   */
  @Override
  public ReportCounts report(Scope scope, ReportWindows windows) {
    if (scope instanceof Scope.OfCommunity one) {
      return new CommunityCounts(one.community(), windows, ReportReads.of(entityManager(), product())).count();
    }
    return Contributions.super.report(scope, windows);
  }

  /** Asks the connection's metadata once. */
  private String product() {
    String known = product;
    if (known == null) {
      known = JdbcWork.call(entityManager(), connection -> connection.getMetaData().getDatabaseProductName());
      product = known;
    }
    return known;
  }

  @Override
  public Map<Window, Map<Tier, Long>> members(Scope scope, Set<Window> windows) {
    if (scope instanceof Scope.OfCommunity one) {
      return membersOf(one.community(), windows);
    }
    Map<Window, Map<Tier, Long>> members = new HashMap<>();
    for (Window window : windows) {
      members.put(window, people(window));
    }
    return members;
  }

  /**
   * One native query for all the windows: the community's members per tier and per interval
   * between two consecutive window ends ({@code joined_at} before the first end, then before the
   * second, and so on), added up in Java for each end.
   */
  private Map<Window, Map<Tier, Long>> membersOf(CommunityId community, Set<Window> windows) {
    List<Instant> ends = windows.stream().map(Window::to).distinct().sorted().toList();
    List<Object> parameters = new ArrayList<>();
    StringBuilder interval = new StringBuilder("CASE");
    for (int i = 0; i < ends.size(); i++) {
      interval.append(" WHEN joined_at < ").append(Layer.parameter(parameters, ends.get(i))).append(" THEN ").append(i);
    }
    interval.append(" END");
    String sql = "SELECT x.tier, x.i, COUNT(*) FROM (SELECT tier, " + interval + " AS i FROM cop_membership"
        + " WHERE community_id = " + Layer.parameter(parameters, community.toString()) + ") x"
        + " WHERE x.i IS NOT NULL GROUP BY x.tier, x.i";
    Map<Tier, long[]> joinedIn = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      joinedIn.put(tier, new long[ends.size()]);
    }
    for (Object[] row : rows(sql, parameters)) {
      joinedIn.get(Tier.valueOf((String) row[0]))[((Number) row[1]).intValue()] += ((Number) row[2]).longValue();
    }
    Map<Window, Map<Tier, Long>> members = new HashMap<>();
    for (Window window : windows) {
      int end = ends.indexOf(window.to());
      Map<Tier, Long> counts = zeroPerTier();
      joinedIn.forEach((tier, intervals) -> counts.put(tier, Arrays.stream(intervals, 0, end + 1).sum()));
      members.put(window, counts);
    }
    return members;
  }

  /** People in their closest tier: those with a CORE membership, then PARTICIPANT, then the rest. */
  private Map<Tier, Long> people(Window window) {
    long core = distinctPeople(window, List.of(Tier.CORE));
    long coreOrParticipant = distinctPeople(window, List.of(Tier.CORE, Tier.PARTICIPANT));
    long everyone = distinctPeople(window, List.of(Tier.values()));
    Map<Tier, Long> counts = zeroPerTier();
    counts.put(Tier.CORE, core);
    counts.put(Tier.PARTICIPANT, coreOrParticipant - core);
    counts.put(Tier.OBSERVER, everyone - coreOrParticipant);
    return counts;
  }

  private long distinctPeople(Window window, List<Tier> tiers) {
    return entityManager()
        .createQuery("select count(distinct m.memberId) from CopMembership m where m.joinedAt < :to and m.tier in :tiers",
            Long.class)
        .setParameter("to", window.to())
        .setParameter("tiers", tiers.stream().map(Tier::name).toList())
        .getSingleResult();
  }

  @Override
  public Map<Window, List<MemberTally>> contributors(Scope scope, Set<Window> windows) {
    Map<Window, List<MemberTally>> tallies = new HashMap<>();
    for (Window window : windows) {
      tallies.put(window, scope instanceof Scope.OfCommunity one ? contributorsOf(one.community(), window) : persons(window));
    }
    return tallies;
  }

  private List<MemberTally> contributorsOf(CommunityId community, Window window) {
    return window(entityManager().createQuery(
            "select p.author, m.tier, m.joinedAt, count(p)" + POSTS_AND_AUTHORS + CONTRIBUTIONS + " and p.communityId = :community"
                + " group by p.author, m.tier, m.joinedAt", Object[].class), window)
        .setParameter("community", community.toString())
        .getResultStream()
        .map(row -> new MemberTally(MemberId.of((String) row[0]), Tier.valueOf((String) row[1]), (Instant) row[2], (Long) row[3]))
        .toList();
  }

  /**
   * A person's contributions in every community, then the memberships of the contributors joined
   * before the window ends, to give each the closest tier and the earliest membership.
   */
  private List<MemberTally> persons(Window window) {
    Map<String, Long> counts = new HashMap<>();
    window(entityManager().createQuery(
            "select p.author, count(p)" + POSTS_AND_AUTHORS + CONTRIBUTIONS + " group by p.author", Object[].class), window)
        .getResultStream()
        .forEach(row -> counts.put((String) row[0], (Long) row[1]));
    if (counts.isEmpty()) {
      return List.of();
    }
    Map<String, Tier> closest = new HashMap<>();
    Map<String, Instant> first = new HashMap<>();
    window(entityManager().createQuery(
            "select h.memberId, h.tier, h.joinedAt from CopMembership h where h.joinedAt < :to"
                + " and h.memberId in (select p.author" + POSTS_AND_AUTHORS + CONTRIBUTIONS + ")", Object[].class), window)
        .getResultStream()
        .forEach(row -> {
          String person = (String) row[0];
          closest.merge(person, Tier.valueOf((String) row[1]), (a, b) -> a.compareTo(b) <= 0 ? a : b);
          first.merge(person, (Instant) row[2], (a, b) -> a.isBefore(b) ? a : b);
        });
    List<MemberTally> tallies = new ArrayList<>(counts.size());
    counts.forEach((person, count) ->
        tallies.add(new MemberTally(MemberId.of(person), closest.get(person), first.get(person), count)));
    return tallies;
  }

  /**
   * One native query per layer of windows: JPQL 3.1 has no subquery in FROM, and the histogram is an
   * aggregate of an aggregate. The inner query numbers each contribution with its window (the
   * membership condition is part of the numbering) and counts per window and member.
   */
  @Override
  public Map<Window, Map<Long, Long>> histograms(Scope scope, Set<Window> windows) {
    Map<Window, Map<Long, Long>> histograms = new HashMap<>();
    for (Layer layer : Layer.of(windows)) {
      List<Object> parameters = new ArrayList<>();
      String number = layer.number("p.created_at", "m.joined_at", parameters);
      String sql = "SELECT c.w, c.n, COUNT(*) FROM (SELECT x.w, x.author, COUNT(*) AS n FROM (SELECT " + number
          + " AS w, p.author" + postsOfMembers(scope, layer, "", parameters) + ") x WHERE x.w IS NOT NULL"
          + " GROUP BY x.w, x.author) c GROUP BY c.w, c.n";
      layer.windows.forEach(window -> histograms.put(window, new HashMap<>()));
      for (Object[] row : rows(sql, parameters)) {
        histograms.get(layer.windows.get(((Number) row[0]).intValue()))
            .put(((Number) row[1]).longValue(), ((Number) row[2]).longValue());
      }
    }
    return histograms;
  }

  /**
   * The FROM and WHERE of the native queries over contributions: published posts of the layer's
   * span with the membership of their author in their community (whether it was joined in time is
   * the window numbering's to check), and any other join.
   */
  private static String postsOfMembers(Scope scope, Layer layer, String join, List<Object> parameters) {
    return " FROM cop_post p JOIN cop_membership m ON m.community_id = p.community_id AND m.member_id = p.author" + join
        + " WHERE p.state = " + Layer.parameter(parameters, PostState.PUBLISHED.name())
        + " AND p.created_at >= " + Layer.parameter(parameters, layer.from())
        + " AND p.created_at < " + Layer.parameter(parameters, layer.to())
        + (scope instanceof Scope.OfCommunity one
            ? " AND p.community_id = " + Layer.parameter(parameters, one.community().toString()) : "");
  }

  /**
   * One native query per layer of windows (grouping by the window's number needs a subquery in
   * FROM), by the component stored with each post.
   */
  @Override
  public Map<Window, Map<CopComponent, Long>> byComponent(Scope scope, Set<Window> windows) {
    Map<Window, Map<CopComponent, Long>> counts = new HashMap<>();
    for (Layer layer : Layer.of(windows)) {
      List<Object> parameters = new ArrayList<>();
      String number = layer.number("p.created_at", "m.joined_at", parameters);
      String sql = "SELECT x.w, x.component, COUNT(*) FROM (SELECT " + number + " AS w, p.component"
          + postsOfMembers(scope, layer, "", parameters) + ") x WHERE x.w IS NOT NULL GROUP BY x.w, x.component";
      layer.windows.forEach(window -> counts.put(window, new EnumMap<>(CopComponent.class)));
      for (Object[] row : rows(sql, parameters)) {
        counts.get(layer.windows.get(((Number) row[0]).intValue()))
            .put(CopComponent.valueOf((String) row[1]), ((Number) row[2]).longValue());
      }
    }
    return counts;
  }

  /**
   * One JPQL query per layer of windows, a row per question: when it was asked, and when its
   * accepted answer and its first answer were written (kept on the thread, migration V37). Java
   * finds each question's window and counts an answer written before that window ends.
   */
  @Override
  public Map<Window, QuestionTally> questions(Scope scope, Set<Window> windows) {
    Map<Window, QuestionTally> questions = new HashMap<>();
    for (Layer layer : Layer.of(windows)) {
      Window span = Window.between(layer.from(), layer.to());
      long[] asked = new long[layer.windows.size()];
      long[] accepted = new long[layer.windows.size()];
      List<List<Duration>> delays = new ArrayList<>();
      layer.windows.forEach(window -> delays.add(new ArrayList<>()));
      questionQuery("select t.createdAt, t.acceptedAt, t.firstAnsweredAt from CopThread t where" + QUESTIONS
          + onlyIn(scope, "t"), Object[].class, scope, span)
          .getResultStream()
          .forEach(row -> windowOf(layer, (Instant) row[0]).ifPresent(w -> {
            Instant end = layer.windows.get(w).to();
            asked[w]++;
            if (row[1] != null && ((Instant) row[1]).isBefore(end)) {
              accepted[w]++;
            }
            if (row[2] != null && ((Instant) row[2]).isBefore(end)) {
              delays.get(w).add(Duration.between((Instant) row[0], (Instant) row[2]));
            }
          }));
      for (int w = 0; w < layer.windows.size(); w++) {
        questions.put(layer.windows.get(w), new QuestionTally(asked[w], accepted[w], delays.get(w)));
      }
    }
    return questions;
  }

  /** @return the index of the layer's window that holds the instant, if any */
  private static Optional<Integer> windowOf(Layer layer, Instant instant) {
    int low = 0;
    int high = layer.windows.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (layer.windows.get(middle).from().isAfter(instant)) {
        high = middle - 1;
      } else {
        low = middle + 1;
      }
    }
    return high >= 0 && layer.windows.get(high).contains(instant) ? Optional.of(high) : Optional.empty();
  }

  /** Runs a native query with ordinal parameters. */
  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, List<Object> parameters) {
    Query query = entityManager().createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return (List<Object[]>) query.getResultList();
  }

  @Override
  public Optional<MemberTally> tally(CommunityId community, MemberId member, Window window) {
    List<Object[]> membership = entityManager()
        .createQuery("select m.tier, m.joinedAt from CopMembership m where m.communityId = :community"
            + " and m.memberId = :member and m.joinedAt < :to", Object[].class)
        .setParameter("community", community.toString())
        .setParameter("member", member.value())
        .setParameter("to", window.to())
        .getResultList();
    if (membership.isEmpty()) {
      return Optional.empty();
    }
    long count = entityManager()
        .createQuery("select count(p) from CopPost p where p.communityId = :community and p.author = :member"
            + " and p.state = :published and p.createdAt >= :from and p.createdAt < :to", Long.class)
        .setParameter("community", community.toString())
        .setParameter("member", member.value())
        .setParameter("published", PostState.PUBLISHED.name())
        .setParameter("from", window.from())
        .setParameter("to", window.to())
        .getSingleResult();
    Object[] row = membership.get(0);
    return Optional.of(new MemberTally(member, Tier.valueOf((String) row[0]), (Instant) row[1], count));
  }

  @Override
  public Page<MemberTally> lurkers(CommunityId community, Window window, PageRequest page) {
    String where = " from CopMembership m where m.communityId = :community and m.joinedAt < :to and not exists"
        + " (select p.id from CopPost p where p.communityId = m.communityId and p.author = m.memberId"
        + " and p.state = :published and p.createdAt >= :from and p.createdAt < :to)";
    TypedQuery<Object[]> rows = entityManager().createQuery("select m.memberId, m.tier, m.joinedAt" + where
        + " order by m.memberId", Object[].class);
    TypedQuery<Long> count = entityManager().createQuery("select count(m)" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      window(query, window).setParameter("community", community.toString());
    }
    return transactions.page(rows, count, page,
        row -> new MemberTally(MemberId.of((String) row[0]), Tier.valueOf((String) row[1]), (Instant) row[2], 0));
  }

  private <T> TypedQuery<T> questionQuery(String jpql, Class<T> type, Scope scope, Window window) {
    return window(scoped(entityManager().createQuery(jpql, type), scope), window)
        .setParameter("question", ThreadKind.QUESTION.name());
  }

  /** Sets the window's bounds and the published state. */
  private static <T> TypedQuery<T> window(TypedQuery<T> query, Window window) {
    return query
        .setParameter("from", window.from())
        .setParameter("to", window.to())
        .setParameter("published", PostState.PUBLISHED.name());
  }

  private static String onlyIn(Scope scope, String alias) {
    return scope instanceof Scope.OfCommunity ? " and " + alias + ".communityId = :community" : "";
  }

  private static <T> TypedQuery<T> scoped(TypedQuery<T> query, Scope scope) {
    return scope instanceof Scope.OfCommunity one ? query.setParameter("community", one.community().toString()) : query;
  }

  private static Map<Tier, Long> zeroPerTier() {
    Map<Tier, Long> counts = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      counts.put(tier, 0L);
    }
    return counts;
  }

  private EntityManager entityManager() {
    return transactions.entityManager();
  }
}
