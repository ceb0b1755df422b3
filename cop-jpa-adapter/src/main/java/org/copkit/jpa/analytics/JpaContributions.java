package org.copkit.jpa.analytics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.PostRole;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.port.Contributions;
import org.copkit.api.analytics.port.MemberTally;
import org.copkit.api.analytics.port.QuestionTally;
import org.copkit.api.analytics.port.Scope;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link Contributions} on JPA, by aggregate JPQL queries on {@code CopPost}, {@code CopThread} and
 * {@code CopMembership} (and one native query for the histograms): the database joins, filters,
 * groups and counts, and hands back one row per contributor, number of contributions, activity
 * type, tier or answered question, never a post. Each window gets its own
 * queries; each query reads an index range ({@code cop_post_by_community}, {@code
 * cop_thread_by_kind}, {@code cop_membership_by_joining}, added by migration V5).
 */
final class JpaContributions implements Contributions {

  /** Posts {@code p} with the memberships {@code m} of their authors in their communities. */
  private static final String POSTS_AND_AUTHORS = " from CopPost p, CopMembership m";

  /** The posts that are contributions in {@code [:from, :to)}: published, by a member who joined before {@code :to}. */
  private static final String CONTRIBUTIONS =
      " where m.communityId = p.communityId and m.memberId = p.author and m.joinedAt < :to"
          + " and p.state = :published and p.createdAt >= :from and p.createdAt < :to";

  /** A post's role in its thread {@code t}, as a {@link PostRole} name. */
  private static final String ROLE =
      "case when t.openingPost = p.id then 'OPENING' when p.inReplyTo is null then 'REPLY' else 'NESTED_REPLY' end";

  /** The published questions opened in {@code [:from, :to)}. */
  private static final String QUESTIONS =
      " t.kind = :question and t.state = :published and t.createdAt >= :from and t.createdAt < :to";

  private final JpaTransactions transactions;

  JpaContributions(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Map<Window, Map<Tier, Long>> members(Scope scope, Set<Window> windows) {
    Map<Window, Map<Tier, Long>> members = new HashMap<>();
    for (Window window : windows) {
      members.put(window, scope instanceof Scope.OfCommunity one ? membersOf(one.community(), window) : people(window));
    }
    return members;
  }

  private Map<Tier, Long> membersOf(CommunityId community, Window window) {
    Map<Tier, Long> counts = zeroPerTier();
    entityManager()
        .createQuery("select m.tier, count(m) from CopMembership m where m.communityId = :community and m.joinedAt < :to"
            + " group by m.tier", Object[].class)
        .setParameter("community", community.toString())
        .setParameter("to", window.to())
        .getResultList()
        .forEach(row -> counts.put(Tier.valueOf((String) row[0]), (Long) row[1]));
    return counts;
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
   * One native query per window, the only one of this class: JPQL 3.1 has no subquery in FROM, and
   * the histogram is an aggregate of an aggregate. The inner query is {@link #CONTRIBUTIONS} in SQL.
   */
  @Override
  public Map<Window, Map<Long, Long>> histograms(Scope scope, Set<Window> windows) {
    String sql = "SELECT c.n, COUNT(*) FROM (SELECT p.author, COUNT(*) AS n"
        + " FROM cop_post p JOIN cop_membership m ON m.community_id = p.community_id AND m.member_id = p.author"
        + " WHERE p.state = ?1 AND p.created_at >= ?2 AND p.created_at < ?3 AND m.joined_at < ?3"
        + (scope instanceof Scope.OfCommunity ? " AND p.community_id = ?4" : "")
        + " GROUP BY p.author) c GROUP BY c.n";
    Map<Window, Map<Long, Long>> histograms = new HashMap<>();
    for (Window window : windows) {
      Query query = entityManager().createNativeQuery(sql)
          .setParameter(1, PostState.PUBLISHED.name())
          .setParameter(2, window.from())
          .setParameter(3, window.to());
      if (scope instanceof Scope.OfCommunity one) {
        query.setParameter(4, one.community().toString());
      }
      Map<Long, Long> histogram = new HashMap<>();
      for (Object row : query.getResultList()) {
        Object[] bar = (Object[]) row;
        histogram.put(((Number) bar[0]).longValue(), ((Number) bar[1]).longValue());
      }
      histograms.put(window, histogram);
    }
    return histograms;
  }

  /** Opening posts are the threads' opening posts; replies are top-level; the rest are replies to replies. */
  @Override
  public Map<Window, Map<ActivityType, Long>> byActivityType(Scope scope, Set<Window> windows) {
    Map<Window, Map<ActivityType, Long>> counts = new HashMap<>();
    for (Window window : windows) {
      Map<ActivityType, Long> types = new HashMap<>();
      window(scoped(entityManager().createQuery(
              "select t.kind, " + ROLE + ", p.audience, count(p)" + POSTS_AND_AUTHORS + ", CopThread t" + CONTRIBUTIONS
                  + " and t.id = p.threadId" + onlyIn(scope, "p") + " group by t.kind, " + ROLE + ", p.audience",
              Object[].class), scope), window)
          .getResultStream()
          .forEach(row -> types.put(
              new ActivityType(ThreadKind.valueOf((String) row[0]), PostRole.valueOf((String) row[1]),
                  Audience.valueOf((String) row[2])),
              (Long) row[3]));
      counts.put(window, types);
    }
    return counts;
  }

  @Override
  public Map<Window, QuestionTally> questions(Scope scope, Set<Window> windows) {
    Map<Window, QuestionTally> questions = new HashMap<>();
    for (Window window : windows) {
      long asked = questionQuery("select count(t) from CopThread t where" + QUESTIONS + onlyIn(scope, "t"), Long.class,
          scope, window).getSingleResult();
      long accepted = asked == 0 ? 0 : questionQuery(
          "select count(t) from CopThread t, CopPost a where" + QUESTIONS + onlyIn(scope, "t")
              + " and a.id = t.acceptedAnswer and a.createdAt < :to", Long.class, scope, window).getSingleResult();
      List<Duration> delays = asked == 0 ? List.of() : questionQuery(
          "select t.createdAt, min(p.createdAt) from CopThread t, CopPost p where" + QUESTIONS + onlyIn(scope, "t")
              + " and p.threadId = t.id and p.state = :published and p.inReplyTo is null and p.id <> t.openingPost"
              + " and p.author <> t.author and p.createdAt < :to group by t.id, t.createdAt", Object[].class, scope, window)
          .getResultStream()
          .map(row -> Duration.between((Instant) row[0], (Instant) row[1]))
          .toList();
      questions.put(window, new QuestionTally(asked, accepted, delays));
    }
    return questions;
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
