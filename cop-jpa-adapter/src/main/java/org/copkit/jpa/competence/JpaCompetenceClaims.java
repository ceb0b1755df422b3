package org.copkit.jpa.competence;

import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.ClaimEntry;
import org.copkit.api.competence.ClaimId;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.competence.port.CompetenceClaims;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link CompetenceClaims} on JPA: {@code cop_competence_claim}, optimistically locked and unique per
 * member, community and competence, and {@code cop_competence_claim_entry}, insert-only.
 */
final class JpaCompetenceClaims implements CompetenceClaims {

  private final JpaTransactions transactions;

  JpaCompetenceClaims(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(CompetenceClaim claim, ClaimEntry first) {
    if (claim.version() != 0 || claim.entries() != 1 || first.number() != 1 || !first.claim().equals(claim.id())) {
      throw new IllegalArgumentException("a new claim is at version 0 with its entry number 1");
    }
    transactions.insert(ClaimRow.fromDomain(claim),
        "competence claim " + claim.id() + " of " + claim.member() + " for " + claim.competence() + " in " + claim.community());
    transactions.insert(ClaimEntryRow.fromDomain(first), describe(first));
  }

  @Override
  public CompetenceClaim append(CompetenceClaim claim, ClaimEntry entry) {
    if (!entry.claim().equals(claim.id()) || entry.number() != claim.entries()) {
      throw new IllegalArgumentException("the entry must be the claim's latest");
    }
    String what = "competence claim " + claim.id();
    ClaimRow row = transactions.entityManager().find(ClaimRow.class, claim.id().toString());
    if (row == null) {
      throw new NotFoundException("competence claim", claim.id().toString());
    }
    if (row.version() != claim.version()) {
      throw ConflictException.staleVersion(what, claim.version());
    }
    boolean changed = !row.toDomain().equals(claim);
    row.copyChanges(claim);
    transactions.flushUpdate(row, changed, what, claim.version());
    transactions.insert(ClaimEntryRow.fromDomain(entry), describe(entry));
    return row.toDomain();
  }

  @Override
  public Optional<CompetenceClaim> find(ClaimId id) {
    return Optional.ofNullable(transactions.entityManager().find(ClaimRow.class, id.toString())).map(ClaimRow::toDomain);
  }

  @Override
  public Optional<CompetenceClaim> find(MemberId member, CommunityId community, CompetenceRef competence) {
    return transactions.entityManager()
        .createQuery("select c from CopCompetenceClaim c where c.memberId = :member and c.communityId = :community"
            + " and c.competence = :competence", ClaimRow.class)
        .setParameter("member", member.value())
        .setParameter("community", community.toString())
        .setParameter("competence", competence.toString())
        .getResultStream()
        .findFirst()
        .map(ClaimRow::toDomain);
  }

  @Override
  public List<CompetenceClaim> ofMember(MemberId member) {
    return transactions.entityManager()
        .createQuery("select c from CopCompetenceClaim c where c.memberId = :member order by c.claimedAt, c.id",
            ClaimRow.class)
        .setParameter("member", member.value())
        .getResultStream()
        .map(ClaimRow::toDomain)
        .toList();
  }

  @Override
  public Page<CompetenceClaim> inCommunity(CommunityId community, PageRequest page) {
    var rows = transactions.entityManager()
        .createQuery("select c from CopCompetenceClaim c where c.communityId = :community order by c.claimedAt, c.id",
            ClaimRow.class)
        .setParameter("community", community.toString());
    var count = transactions.entityManager()
        .createQuery("select count(c) from CopCompetenceClaim c where c.communityId = :community", Long.class)
        .setParameter("community", community.toString());
    return transactions.page(rows, count, page, ClaimRow::toDomain);
  }

  @Override
  public List<ClaimEntry> history(ClaimId id) {
    return transactions.entityManager()
        .createQuery("select e from CopClaimEntry e where e.claimId = :claim order by e.number", ClaimEntryRow.class)
        .setParameter("claim", id.toString())
        .getResultStream()
        .map(ClaimEntryRow::toDomain)
        .toList();
  }

  private static String describe(ClaimEntry entry) {
    return "entry " + entry.number() + " of competence claim " + entry.claim();
  }
}
