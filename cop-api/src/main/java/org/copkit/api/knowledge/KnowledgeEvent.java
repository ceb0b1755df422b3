package org.copkit.api.knowledge;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.MemberId;

/** The domain events of the knowledge base. Sealed. */
public sealed interface KnowledgeEvent extends DomainEvent {

  /** @return the community it happened in */
  CommunityId community();

  /**
   * An item was created (written, or promoted from a discussion).
   *
   * @param community the community
   * @param item the item
   * @param kind what it is
   * @param source the thread it was promoted from, if it was
   * @param actor who created it
   * @param occurredAt when
   */
  record ItemCreated(CommunityId community, KnowledgeItemId item, KnowledgeKind kind, Optional<KnowledgeSource> source,
      Optional<MemberId> actor, Instant occurredAt) implements KnowledgeEvent {}

  /**
   * An item got a new revision (an edit, or a restore).
   *
   * @param community the community
   * @param item the item
   * @param revision the new revision's number
   * @param restoredFrom the number of the revision it restored, 0 for an edit
   * @param actor who revised it
   * @param occurredAt when
   */
  record ItemRevised(CommunityId community, KnowledgeItemId item, int revision, int restoredFrom,
      Optional<MemberId> actor, Instant occurredAt) implements KnowledgeEvent {}

  /**
   * An item's curation changed: its section, its owner or its review-by day.
   *
   * @param community the community
   * @param item the item
   * @param curation how it is kept now
   * @param actor who changed it
   * @param occurredAt when
   */
  record ItemCurated(CommunityId community, KnowledgeItemId item, Curation curation, Optional<MemberId> actor,
      Instant occurredAt) implements KnowledgeEvent {}

  /**
   * A member commented on an item.
   *
   * @param community the item's community
   * @param item the item
   * @param comment the comment
   * @param actor who wrote it
   * @param occurredAt when
   */
  record CommentWritten(CommunityId community, KnowledgeItemId item, ItemCommentId comment, Optional<MemberId> actor,
      Instant occurredAt) implements KnowledgeEvent {}

  /**
   * A section was created, renamed or moved.
   *
   * @param community the community
   * @param section the section as it is now
   * @param actor who changed it
   * @param occurredAt when
   */
  record SectionChanged(CommunityId community, Section section, Optional<MemberId> actor, Instant occurredAt)
      implements KnowledgeEvent {}
}
