package org.copkit.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * {@link CompetenceClaims} in memory: the claims, a key per member, community and competence that
 * holds their uniqueness, and every claim's entries.
 */
final class InMemoryCompetenceClaims implements CompetenceClaims {

  private static final Comparator<CompetenceClaim> OLDEST_FIRST =
      Comparator.comparing(CompetenceClaim::claimedAt).thenComparing(c -> c.id().toString());

  private record Key(MemberId member, CommunityId community, CompetenceRef competence) {}

  private final VersionedStore<ClaimId, CompetenceClaim> claims;
  private final VersionedStore<Key, ClaimId> keys;
  private final VersionedStore<ClaimId, List<ClaimEntry>> entries;

  InMemoryCompetenceClaims(InMemoryTransactions transactions) {
    this.claims = new VersionedStore<>(transactions, "competence claim", CompetenceClaim::version, CompetenceClaim::withVersion);
    this.keys = VersionedStore.unversioned(transactions, "competence claim");
    this.entries = VersionedStore.unversioned(transactions, "competence claim");
  }

  @Override
  public void add(CompetenceClaim claim, ClaimEntry first) {
    if (claim.version() != 0 || claim.entries() != 1 || first.number() != 1 || !first.claim().equals(claim.id())) {
      throw new IllegalArgumentException("a new claim is at version 0 with its entry number 1");
    }
    claims.add(claim.id(), claim);
    keys.add(new Key(claim.member(), claim.community(), claim.competence()), claim.id());
    entries.put(claim.id(), old -> List.of(first));
  }

  @Override
  public CompetenceClaim append(CompetenceClaim claim, ClaimEntry entry) {
    if (!entry.claim().equals(claim.id()) || entry.number() != claim.entries()) {
      throw new IllegalArgumentException("the entry must be the claim's latest");
    }
    CompetenceClaim stored = claims.update(claim.id(), claim);
    entries.put(claim.id(), old -> {
      List<ClaimEntry> next = new ArrayList<>(old == null ? List.of() : old);
      if (next.stream().anyMatch(e -> e.number() == entry.number())) {
        throw ConflictException.duplicate("entry " + entry.number() + " of competence claim " + claim.id());
      }
      next.add(entry);
      return List.copyOf(next);
    });
    return stored;
  }

  @Override
  public Optional<CompetenceClaim> find(ClaimId id) {
    return claims.find(id);
  }

  @Override
  public Optional<CompetenceClaim> find(MemberId member, CommunityId community, CompetenceRef competence) {
    return keys.find(new Key(member, community, competence)).flatMap(claims::find);
  }

  @Override
  public List<CompetenceClaim> ofMember(MemberId member) {
    return claims.all().stream().filter(c -> c.member().equals(member)).sorted(OLDEST_FIRST).toList();
  }

  @Override
  public Page<CompetenceClaim> inCommunity(CommunityId community, PageRequest page) {
    return Page.of(claims.all().stream().filter(c -> c.community().equals(community)).sorted(OLDEST_FIRST).toList(), page);
  }

  @Override
  public List<ClaimEntry> history(ClaimId id) {
    return entries.find(id).orElse(List.of()).stream().sorted(Comparator.comparingInt(ClaimEntry::number)).toList();
  }

  /** @return the claims, for privacy */
  VersionedStore<ClaimId, CompetenceClaim> claimStore() {
    return claims;
  }

  /** @return the claims' keys (member, community, competence), for privacy */
  VersionedStore<?, ClaimId> keyStore() {
    return keys;
  }

  /** @return the claims' histories, for privacy */
  VersionedStore<ClaimId, List<ClaimEntry>> entryStore() {
    return entries;
  }
}
