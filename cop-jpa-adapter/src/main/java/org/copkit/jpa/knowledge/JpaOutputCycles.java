package org.copkit.jpa.knowledge;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.Diffusion;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.knowledge.Review;
import org.copkit.api.knowledge.ReviewPolicy;
import org.copkit.api.knowledge.port.OutputCycles;
import org.copkit.api.knowledge.port.ReviewPolicies;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link OutputCycles} and {@link ReviewPolicies} on JPA: {@code cop_output_cycle} with its
 * optimistic version, and the co-authors and reviewers, reviews and diffusions of each cycle in rows
 * of their own. An update moves the cycle's row to its next version first (a concurrent updater
 * waits, then fails), then writes what changed: the members' rows, and the reviews and diffusions
 * appended since the stored ones.
 */
final class JpaOutputCycles implements OutputCycles, ReviewPolicies {

  private static final String ORDER = " order by c.startedAt desc, c.outputId";
  /** How many times a cycle changed by others while it is read is read again before giving up. */
  private static final int CONSISTENT_READ_ATTEMPTS = 8;

  private final JpaTransactions transactions;

  JpaOutputCycles(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(OutputCycle cycle) {
    if (cycle.version() != 0) {
      throw new IllegalArgumentException("a new cycle starts at version 0");
    }
    String what = "output cycle " + cycle.output();
    transactions.insert(CycleRow.fromDomain(cycle), what);
    writeChildren(cycle, Set.of(), Set.of(), 0, 0);
  }

  @Override
  public OutputCycle update(OutputCycle cycle) {
    String what = "output cycle " + cycle.output();
    EntityManager em = transactions.entityManager();
    CycleRow row = em.find(CycleRow.class, cycle.output().toString());
    if (row == null) {
      throw new NotFoundException("output cycle", cycle.output().toString());
    }
    if (row.version() != cycle.version()) {
      throw ConflictException.staleVersion(what, cycle.version());
    }
    boolean changed = row.setStage(cycle.stage());
    transactions.flushUpdate(row, changed, what, cycle.version());
    // The row is at the next version now, locked until commit: its children are this version's.
    Children stored = children(row.outputId());
    if (!isPrefix(stored.reviews(), cycle.reviews()) || !isPrefix(stored.diffusions(), cycle.diffusions())) {
      throw new IllegalArgumentException("reviews and diffusions are only ever appended to a cycle");
    }
    try {
      writeChildren(cycle, stored.coAuthors(), stored.reviewers(), stored.reviews().size(), stored.diffusions().size());
    } catch (ConflictException e) {
      throw e.kind() == ConflictException.Kind.DUPLICATE ? ConflictException.staleVersion(what, cycle.version()) : e;
    }
    return cycle.withVersion(row.version());
  }

  private void writeChildren(OutputCycle cycle, Set<MemberId> storedAuthors, Set<MemberId> storedReviewers,
      int storedReviews, int storedDiffusions) {
    String what = "output cycle " + cycle.output();
    syncMembers(cycle.output(), CycleMemberRow.CO_AUTHOR, storedAuthors, cycle.coAuthors(), what);
    syncMembers(cycle.output(), CycleMemberRow.REVIEWER, storedReviewers, reviewersOf(cycle.stage()), what);
    for (int i = storedReviews; i < cycle.reviews().size(); i++) {
      transactions.insert(ReviewRow.of(cycle.output(), i, cycle.reviews().get(i)), what);
    }
    for (int i = storedDiffusions; i < cycle.diffusions().size(); i++) {
      transactions.insert(DiffusionRow.of(cycle.output(), i, cycle.diffusions().get(i)), what);
    }
  }

  private void syncMembers(KnowledgeItemId output, String role, Set<MemberId> stored, Set<MemberId> wanted, String what) {
    EntityManager em = transactions.entityManager();
    for (MemberId gone : stored) {
      if (!wanted.contains(gone)) {
        CycleMemberRow row = em.find(CycleMemberRow.class, CycleMemberRow.key(output, role, gone));
        if (row != null) {
          transactions.delete(row, what);
        }
      }
    }
    for (MemberId added : wanted) {
      if (!stored.contains(added)) {
        transactions.insert(CycleMemberRow.of(output, role, added), what);
      }
    }
  }

  private static Set<MemberId> reviewersOf(OutputStage stage) {
    return stage instanceof OutputStage.InReview review ? review.reviewers() : Set.of();
  }

  private static <T> boolean isPrefix(List<T> stored, List<T> next) {
    return stored.size() <= next.size() && next.subList(0, stored.size()).equals(stored);
  }

  @Override
  public Optional<OutputCycle> find(KnowledgeItemId output) {
    return Optional.ofNullable(transactions.entityManager().find(CycleRow.class, output.toString())).map(this::load);
  }

  /**
   * Reads a cycle whole, as of one version. Its row and its children are read by separate
   * statements: at READ COMMITTED a writer may commit between them (a change request deletes the
   * reviewers' rows of a cycle whose row was read in review). Every writer moves the row to its next
   * version in the transaction that changes the children, so the children read between two equal
   * readings of the version are that version's; otherwise the row is read again.
   */
  private OutputCycle load(CycleRow row) {
    EntityManager em = transactions.entityManager();
    for (int attempt = 1; ; attempt++) {
      Children children = children(row.outputId());
      List<Long> version = em.createQuery(
              "select c.version from CopOutputCycle c where c.outputId = :output", Long.class)
          .setParameter("output", row.outputId())
          .getResultList();
      if (version.size() == 1 && version.get(0) == row.version()) {
        return row.toDomain(children.coAuthors(), children.reviewers(), children.reviews(), children.diffusions());
      }
      if (version.isEmpty() || attempt == CONSISTENT_READ_ATTEMPTS) {
        throw ConflictException.staleVersion("output cycle " + row.outputId(), row.version());
      }
      em.refresh(row);
    }
  }

  /** What a cycle's rows of its own hold: its co-authors and reviewers, reviews and diffusions. */
  private Children children(String outputId) {
    EntityManager em = transactions.entityManager();
    Set<MemberId> coAuthors = new HashSet<>();
    Set<MemberId> reviewers = new HashSet<>();
    em.createQuery("select m from CopOutputMember m where m.outputId = :output", CycleMemberRow.class)
        .setParameter("output", outputId)
        .getResultStream()
        .forEach(m -> (CycleMemberRow.CO_AUTHOR.equals(m.role()) ? coAuthors : reviewers).add(m.member()));
    List<Review> reviews = em.createQuery(
            "select r from CopOutputReview r where r.outputId = :output order by r.number", ReviewRow.class)
        .setParameter("output", outputId)
        .getResultStream().map(ReviewRow::toDomain).toList();
    List<Diffusion> diffusions = em.createQuery(
            "select d from CopOutputDiffusion d where d.outputId = :output order by d.number", DiffusionRow.class)
        .setParameter("output", outputId)
        .getResultStream().map(DiffusionRow::toDomain).toList();
    return new Children(Set.copyOf(coAuthors), Set.copyOf(reviewers), reviews, diffusions);
  }

  private record Children(Set<MemberId> coAuthors, Set<MemberId> reviewers, List<Review> reviews,
      List<Diffusion> diffusions) {}

  @Override
  public Page<OutputCycle> inCommunity(CommunityId community, Set<OutputStage.Kind> stages, PageRequest page) {
    if (stages.isEmpty()) {
      return new Page<>(List.of(), page, 0);
    }
    EntityManager em = transactions.entityManager();
    List<String> names = stages.stream().map(Enum::name).toList();
    String where = " where c.communityId = :community and c.stage in :stages";
    return transactions.page(
        em.createQuery("select c from CopOutputCycle c" + where + ORDER, CycleRow.class)
            .setParameter("community", community.toString()).setParameter("stages", names),
        em.createQuery("select count(c) from CopOutputCycle c" + where, Long.class)
            .setParameter("community", community.toString()).setParameter("stages", names),
        page, this::load);
  }

  @Override
  public List<OutputCycle> coAuthoredBy(MemberId member) {
    List<CycleRow> rows = transactions.entityManager().createQuery(
            "select c from CopOutputCycle c where c.outputId in (select m.outputId from CopOutputMember m"
                + " where m.memberId = :member and m.role = :role)" + ORDER, CycleRow.class)
        .setParameter("member", member.value()).setParameter("role", CycleMemberRow.CO_AUTHOR)
        .getResultList();
    List<OutputCycle> cycles = new ArrayList<>();
    rows.forEach(row -> cycles.add(load(row)));
    return List.copyOf(cycles);
  }

  @Override
  public Page<OutputCycle> diffusedTo(CommunityId community, PageRequest page) {
    EntityManager em = transactions.entityManager();
    String where = " where c.communityId <> :community and c.outputId in (select d.outputId from CopOutputDiffusion d"
        + " where d.targetCommunity = :community or d.targetKind = 'PLATFORM')";
    return transactions.page(
        em.createQuery("select c from CopOutputCycle c" + where + ORDER, CycleRow.class)
            .setParameter("community", community.toString()),
        em.createQuery("select count(c) from CopOutputCycle c" + where, Long.class)
            .setParameter("community", community.toString()),
        page, this::load);
  }

  @Override
  public void put(ReviewPolicy policy) {
    String what = "review policy of community " + policy.community();
    PolicyRow row = transactions.entityManager().find(PolicyRow.class, policy.community().toString());
    if (row == null) {
      try {
        transactions.insert(PolicyRow.fromDomain(policy), what);
      } catch (ConflictException e) {
        // Another transaction configured the community first: retried, this one replaces it.
        throw e.kind() == ConflictException.Kind.DUPLICATE ? ConflictException.staleVersion(what, 0) : e;
      }
    } else {
      row.change(policy);
      transactions.flush(what);
    }
  }

  @Override
  public Optional<ReviewPolicy> find(CommunityId community) {
    return Optional.ofNullable(transactions.entityManager().find(PolicyRow.class, community.toString()))
        .map(PolicyRow::toDomain);
  }
}
