package org.copkit.api.moderation;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.MemberId;

/** The domain events of moderation. Sealed. */
public sealed interface ModerationEvent extends DomainEvent {

  /** @return the community it happened in */
  CommunityId community();

  /**
   * Something was flagged.
   *
   * @param community the community
   * @param flag the flag
   * @param subject what was flagged
   * @param reason why
   * @param actor who flagged it
   * @param occurredAt when
   */
  record FlagRaised(CommunityId community, FlagId flag, ModerationSubject subject, FlagReason reason,
      Optional<MemberId> actor, Instant occurredAt) implements ModerationEvent {}

  /**
   * A post or thread was held or hidden until a moderator decides (pre-moderation, a rule, or
   * flags past the threshold).
   *
   * @param community the community
   * @param item the review item
   * @param subject what waits
   * @param why the reason
   * @param actor the member whose action caused it
   * @param occurredAt when
   */
  record SubjectWithheld(CommunityId community, ReviewItemId item, ModerationSubject subject, String why,
      Optional<MemberId> actor, Instant occurredAt) implements ModerationEvent {}

  /**
   * A review item was decided or escalated.
   *
   * @param community the community
   * @param item the item
   * @param subject what was reviewed
   * @param decision the decision
   * @param actor who decided
   * @param occurredAt when
   */
  record ItemDecided(CommunityId community, ReviewItemId item, ModerationSubject subject, Decision decision,
      Optional<MemberId> actor, Instant occurredAt) implements ModerationEvent {}

  /**
   * A member was muted.
   *
   * @param community the community
   * @param member who
   * @param until until when
   * @param actor who muted them
   * @param occurredAt when
   */
  record MemberMuted(CommunityId community, MemberId member, Instant until, Optional<MemberId> actor,
      Instant occurredAt) implements ModerationEvent {}
}
