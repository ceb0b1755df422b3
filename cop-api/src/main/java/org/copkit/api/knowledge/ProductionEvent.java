package org.copkit.api.knowledge;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.MemberId;

/** The domain events of the production cycle of outputs. Sealed. */
public sealed interface ProductionEvent extends DomainEvent {

  /** @return the community whose output it is */
  CommunityId community();

  /** @return the output */
  KnowledgeItemId output();

  /**
   * A working group started a draft.
   *
   * @param community the community
   * @param output the output
   * @param actor who started it
   * @param occurredAt when
   */
  record DraftStarted(CommunityId community, KnowledgeItemId output, Optional<MemberId> actor, Instant occurredAt)
      implements ProductionEvent {}

  /**
   * An e-moderator sent a draft to review.
   *
   * @param community the community
   * @param output the output
   * @param round the review round
   * @param revision the revision under review
   * @param actor the e-moderator
   * @param occurredAt when
   */
  record ReviewRequested(CommunityId community, KnowledgeItemId output, int round, int revision,
      Optional<MemberId> actor, Instant occurredAt) implements ProductionEvent {}

  /**
   * A reviewer approved the revision under review or asked for changes (then the output went back
   * to its draft).
   *
   * @param community the community
   * @param output the output
   * @param round the review round
   * @param verdict the verdict
   * @param approvals the approvals of the round so far
   * @param actor the reviewer
   * @param occurredAt when
   */
  record Reviewed(CommunityId community, KnowledgeItemId output, int round, Review.Verdict verdict, int approvals,
      Optional<MemberId> actor, Instant occurredAt) implements ProductionEvent {}

  /**
   * An e-moderator published an approved output to its community.
   *
   * @param community the community
   * @param output the output
   * @param revision the revision published
   * @param actor the e-moderator
   * @param occurredAt when
   */
  record Published(CommunityId community, KnowledgeItemId output, int revision, Optional<MemberId> actor,
      Instant occurredAt) implements ProductionEvent {}

  /**
   * A published output was diffused to one more target.
   *
   * @param community the community whose output it is
   * @param output the output
   * @param target where it went
   * @param actor who diffused it
   * @param occurredAt when
   */
  record Diffused(CommunityId community, KnowledgeItemId output, Diffusion.Target target, Optional<MemberId> actor,
      Instant occurredAt) implements ProductionEvent {}

  /**
   * An e-moderator assessed the whole process.
   *
   * @param community the community
   * @param output the output
   * @param actor the e-moderator
   * @param occurredAt when
   */
  record Assessed(CommunityId community, KnowledgeItemId output, Optional<MemberId> actor, Instant occurredAt)
      implements ProductionEvent {}
}
