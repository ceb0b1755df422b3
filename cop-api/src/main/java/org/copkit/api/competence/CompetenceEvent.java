package org.copkit.api.competence;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.MemberId;

/** The domain events of competence assessment. Sealed. */
public sealed interface CompetenceEvent extends DomainEvent {

  /** @return the community the claim is in */
  CommunityId community();

  /** @return the claim */
  ClaimId claim();

  /**
   * A member assessed their own level: a new claim, or a new level.
   *
   * @param community the community
   * @param claim the claim
   * @param competence the competence
   * @param level the level claimed
   * @param actor the member
   * @param occurredAt when
   */
  record SelfAssessed(CommunityId community, ClaimId claim, CompetenceRef competence, int level,
      Optional<MemberId> actor, Instant occurredAt) implements CompetenceEvent {}

  /**
   * A peer endorsed a claim.
   *
   * @param community the community
   * @param claim the claim
   * @param member whose claim
   * @param level the level endorsed
   * @param actor the endorser
   * @param occurredAt when
   */
  record ClaimEndorsed(CommunityId community, ClaimId claim, MemberId member, int level, Optional<MemberId> actor,
      Instant occurredAt) implements CompetenceEvent {}

  /**
   * An e-moderator, expert or administrator validated a level.
   *
   * @param community the community
   * @param claim the claim
   * @param member whose claim
   * @param level the level validated
   * @param actor the validator
   * @param occurredAt when
   */
  record ClaimValidated(CommunityId community, ClaimId claim, MemberId member, int level, Optional<MemberId> actor,
      Instant occurredAt) implements CompetenceEvent {}
}
