package org.copkit.api.knowledge;

import org.copkit.api.shared.MemberId;

/**
 * Inbound use case: organize a community's knowledge base. Its e-moderators (and administrators)
 * create, rename and move sections; whoever may change an item places it in a section. Nothing
 * here makes a new revision of an item's content; every change is audited.
 *
 * <p>A section or item of a community the actor may not read (or an item for an audience they are
 * not part of) is a {@link org.copkit.api.shared.NotFoundException} exactly as an ID never used.
 */
public interface KnowledgeCuration {

  /**
   * @param actor who acts
   * @param command the section to create
   * @return the section, at version 0
   * @throws org.copkit.api.shared.AccessDeniedException when the actor is not an e-moderator there
   * @throws org.copkit.api.shared.InvalidInputException naming {@code parent} when the parent is of
   *     another community, or the tree would grow deeper than {@value Section#MAX_DEPTH} levels
   */
  Section createSection(MemberId actor, CreateSection command);

  /**
   * @param actor who acts
   * @param command the new name
   * @return the section at its next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when it changed since the caller
   *     read it
   */
  Section renameSection(MemberId actor, RenameSection command);

  /**
   * @param actor who acts
   * @param command where to move it
   * @return the section at its next version
   * @throws org.copkit.api.shared.InvalidInputException naming {@code parent} when the new parent
   *     is the section itself or inside it (a cycle), of another community, or too deep
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when it changed since the caller
   *     read it
   */
  Section moveSection(MemberId actor, MoveSection command);

  /**
   * @param actor who acts
   * @param command the item and its section
   * @return the item, placed
   * @throws org.copkit.api.shared.AccessDeniedException when the actor may not change the item
   */
  KnowledgeItem place(MemberId actor, PlaceItem command);

  /**
   * Sets an item's owner and review-by day: whoever may change the item, or its owner, does. An
   * item whose review-by day has passed is overdue ({@link KnowledgeQueries#overdue}); members flag
   * an item as outdated through {@code Moderation.flag} with a {@code ModerationSubject.OfKnowledgeItem}
   * and {@code FlagReason.OUTDATED}, and an e-moderator who upholds the flags makes it overdue at once.
   *
   * @param actor who acts
   * @param command the owner and day
   * @return the item, kept so
   * @throws org.copkit.api.shared.InvalidInputException naming {@code owner} when the owner is not an
   *     active member who may read the item; naming {@code reviewBy} when the day has passed
   */
  KnowledgeItem keepFresh(MemberId actor, SetFreshness command);

  /**
   * Tells the owner of every overdue item of the community (see {@link KnowledgeQueries#overdue})
   * that it is due for review, through the platform's {@code Notifications} with topic {@code
   * KNOWLEDGE_REVIEW}: once per item and review-by day, however often and on however many nodes
   * this runs (the storage holds who was told). What a host runs on a schedule, as an e-moderator
   * of the community or an administrator.
   *
   * @param actor an e-moderator of the community, or an administrator
   * @param community a community
   * @return how many owners were told now
   * @throws org.copkit.api.shared.AccessDeniedException when the actor does not moderate there
   */
  int remindOverdue(MemberId actor, org.copkit.api.community.CommunityId community);
}
