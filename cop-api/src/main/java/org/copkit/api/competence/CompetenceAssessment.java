package org.copkit.api.competence;

import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Inbound use case: assessing competences in a community. A member who writes in a community
 * assesses their own level of a competence there (a claim); peers who write there endorse it with
 * a comment and evidence; its e-moderators and experts (and administrators) validate a level. Every
 * step is an entry of the claim's history, never changed. A claim is read by whoever may read its
 * community; a claim in a community hidden from the actor is missing, exactly as an ID never used.
 */
public interface CompetenceAssessment {

  /**
   * Records the actor's own level. The first assessment of a competence in a community creates the
   * claim; a later one at another level changes the level claimed; one at the same level changes
   * nothing and returns the claim.
   *
   * @param actor a member of the community who is not an OBSERVER
   * @param command the community, competence, level and comment
   * @return the claim
   * @throws org.copkit.api.shared.InvalidInputException naming {@code claimed} when the competence
   *     or level is unknown
   * @throws org.copkit.api.shared.AccessDeniedException for anyone else who may read the community
   * @throws org.copkit.api.shared.NotFoundException when the community does not exist for the actor
   * @throws org.copkit.api.shared.ConflictException RULE when the community is archived
   */
  CompetenceClaim assess(MemberId actor, SelfAssess command);

  /**
   * Endorses a claim at the level it has now.
   *
   * @param actor a member of the claim's community who is not an OBSERVER, and not the claimant
   * @param command the claim, comment and evidence
   * @return the claim after the endorsement
   * @throws org.copkit.api.shared.AccessDeniedException for the claimant and for anyone else who
   *     may read the community
   * @throws org.copkit.api.shared.ConflictException RULE when the actor already endorsed it at its
   *     current level, or the community is archived
   */
  CompetenceClaim endorse(MemberId actor, EndorseClaim command);

  /**
   * Validates a level of a claim.
   *
   * @param actor an e-moderator or expert of the claim's community, or an administrator; never the
   *     claimant
   * @param command the claim, level and reasons
   * @return the claim after the validation
   * @throws org.copkit.api.shared.InvalidInputException naming {@code level} when it is above the
   *     level claimed
   * @throws org.copkit.api.shared.AccessDeniedException for anyone else who may read the community
   */
  CompetenceClaim validate(MemberId actor, ValidateClaim command);

  /**
   * @param actor whoever may read the claim's community
   * @param claim a claim
   * @return the claim
   * @throws org.copkit.api.shared.NotFoundException when it does not exist for the actor
   */
  CompetenceClaim claim(MemberId actor, ClaimId claim);

  /**
   * @param actor whoever may read the claim's community
   * @param claim a claim
   * @return its whole history, oldest first
   * @throws org.copkit.api.shared.NotFoundException when it does not exist for the actor
   */
  List<ClaimEntry> history(MemberId actor, ClaimId claim);

  /**
   * @param actor who reads
   * @param member a member
   * @return the member's claims in the communities the actor may read, oldest claimed first
   */
  List<CompetenceClaim> claimsOf(MemberId actor, MemberId member);

  /**
   * @param actor whoever may read the community
   * @param community a community
   * @param page which page
   * @return the claims made there, oldest claimed first
   * @throws org.copkit.api.shared.NotFoundException when the community does not exist for the actor
   */
  Page<CompetenceClaim> claimsIn(MemberId actor, CommunityId community, PageRequest page);
}
