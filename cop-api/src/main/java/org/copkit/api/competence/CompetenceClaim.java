package org.copkit.api.competence;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A member's claim of a competence in a community: the level they assessed themselves at, the
 * highest level peers endorsed, and the level an e-moderator or expert validated. One per member,
 * community and competence; its history ({@link ClaimEntry}) says how it got there.
 *
 * @param id its ID
 * @param member whose claim
 * @param community the community where it is claimed, whose members endorse it and whose
 *     e-moderators and experts validate it
 * @param competence the competence
 * @param level the level claimed, from the latest self-assessment
 * @param endorsedLevel the highest level any endorsement endorsed, 0 when none
 * @param endorsements how many endorsements it has had
 * @param validatedLevel the level of the latest validation, 0 when none
 * @param entries how many entries its history has: the next entry's number minus one
 * @param claimedAt when it was first claimed
 * @param updatedAt when its history last grew
 * @param version the optimistic-locking version; every entry moves it on
 */
public record CompetenceClaim(ClaimId id, MemberId member, CommunityId community, CompetenceRef competence, int level,
    int endorsedLevel, int endorsements, int validatedLevel, int entries, Instant claimedAt, Instant updatedAt,
    long version) {

  /** Validates the fields. */
  public CompetenceClaim {
    Validation.required("id", id);
    Validation.required("member", member);
    Validation.required("community", community);
    Validation.required("competence", competence);
    Validation.between("level", level, 1, ProficiencyLevel.MAX_RANK);
    Validation.between("endorsedLevel", endorsedLevel, 0, ProficiencyLevel.MAX_RANK);
    Validation.between("endorsements", endorsements, 0, Integer.MAX_VALUE);
    Validation.between("validatedLevel", validatedLevel, 0, ProficiencyLevel.MAX_RANK);
    Validation.between("entries", entries, 1, Integer.MAX_VALUE);
    Validation.required("claimedAt", claimedAt);
    Validation.required("updatedAt", updatedAt);
    if (updatedAt.isBefore(claimedAt)) {
      throw new InvalidInputException("updatedAt", "must not be before claimedAt");
    }
    Validation.notNegative("version", version);
  }

  /**
   * A new claim, with its first self-assessment as entry 1.
   *
   * @param member whose claim
   * @param community where
   * @param claimed the competence and level
   * @param at when
   * @return the claim at version 0
   */
  public static CompetenceClaim first(MemberId member, CommunityId community, CompetenceLevel claimed, Instant at) {
    return new CompetenceClaim(ClaimId.random(), member, community, claimed.competence(), claimed.level(), 0, 0, 0, 1,
        at, at, 0);
  }

  /** @return the competence at the level claimed */
  public CompetenceLevel claimed() {
    return new CompetenceLevel(competence, level);
  }

  /** @return the highest level endorsed, if any endorsement */
  public Optional<Integer> endorsed() {
    return endorsedLevel == 0 ? Optional.empty() : Optional.of(endorsedLevel);
  }

  /** @return the level validated, if validated */
  public Optional<Integer> validated() {
    return validatedLevel == 0 ? Optional.empty() : Optional.of(validatedLevel);
  }

  /**
   * @param entry the entry that follows this claim's history (number {@code entries() + 1})
   * @return this claim after that entry
   * @throws IllegalArgumentException when the entry is not the next of this claim
   */
  public CompetenceClaim after(ClaimEntry entry) {
    if (!entry.claim().equals(id) || entry.number() != entries + 1) {
      throw new IllegalArgumentException("entry " + entry.number() + " does not follow claim " + id + " at " + entries);
    }
    return switch (entry.kind()) {
      case SELF_ASSESSED -> new CompetenceClaim(id, member, community, competence, entry.level(), endorsedLevel,
          endorsements, validatedLevel, entry.number(), claimedAt, entry.recordedAt(), version);
      case ENDORSED -> new CompetenceClaim(id, member, community, competence, level,
          Math.max(endorsedLevel, entry.level()), endorsements + 1, validatedLevel, entry.number(), claimedAt,
          entry.recordedAt(), version);
      case VALIDATED -> new CompetenceClaim(id, member, community, competence, level, endorsedLevel, endorsements,
          entry.level(), entry.number(), claimedAt, entry.recordedAt(), version);
    };
  }

  /**
   * @param newVersion another version
   * @return the same claim at that version
   */
  public CompetenceClaim withVersion(long newVersion) {
    return new CompetenceClaim(id, member, community, competence, level, endorsedLevel, endorsements, validatedLevel,
        entries, claimedAt, updatedAt, newVersion);
  }
}
