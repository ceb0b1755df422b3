package org.copkit.api.competence.port;

import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.ClaimEntry;
import org.copkit.api.competence.ClaimId;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Outbound port: competence claims, with optimistic versions, and their histories, whose entries are
 * never changed once stored. Contract: {@code org.copkit.tck.competence.CompetenceClaimsContract}.
 */
public interface CompetenceClaims {

  /**
   * Stores a new claim at version 0 with its first entry.
   *
   * @param claim the new claim, with {@code entries() == 1}
   * @param first its entry number 1
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when its ID is taken, or the member
   *     already has a claim of that competence in that community, under any concurrency
   */
  void add(CompetenceClaim claim, ClaimEntry first);

  /**
   * Appends the next entry of a claim's history and stores the claim as it is after it.
   *
   * @param claim the claim after the entry, read at {@code claim.version()}
   * @param entry the entry, numbered {@code claim.entries()}
   * @return the claim as stored, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when another transaction moved it
   *     on, DUPLICATE when the entry's number is taken
   * @throws org.copkit.api.shared.NotFoundException when the claim is not stored
   */
  CompetenceClaim append(CompetenceClaim claim, ClaimEntry entry);

  /**
   * @param id an ID
   * @return the claim, if stored
   */
  Optional<CompetenceClaim> find(ClaimId id);

  /**
   * @param member a member
   * @param community a community
   * @param competence a competence
   * @return the member's claim of it there, if any
   */
  Optional<CompetenceClaim> find(MemberId member, CommunityId community, CompetenceRef competence);

  /**
   * @param member a member
   * @return their claims in every community, oldest claimed first, ties by ID
   */
  List<CompetenceClaim> ofMember(MemberId member);

  /**
   * @param community a community
   * @param page which page
   * @return the claims made there, oldest claimed first, ties by ID
   */
  Page<CompetenceClaim> inCommunity(CommunityId community, PageRequest page);

  /**
   * @param id a claim
   * @return its entries, by number; empty for a claim not stored
   */
  List<ClaimEntry> history(ClaimId id);
}
