package org.copkit.api.knowledge;

import org.copkit.api.shared.MemberId;

/**
 * Inbound use case: write a community's knowledge base. Pills are written by the community's
 * experts and e-moderators; library documents and outputs also by its CORE members (the working
 * group); administrators write everywhere. Nobody writes what they may not read (a CORE-audience
 * item is the working group's), nor in an archived community. Every change is a new, immutable
 * revision and is audited.
 *
 * <p>An item of a community the actor may not read, or meant for an audience they are not part of,
 * is a {@link org.copkit.api.shared.NotFoundException} exactly as an ID never used.
 */
public interface KnowledgeBase {

  /**
   * @param actor who acts
   * @param command what to create
   * @return the item, at revision 1
   * @throws org.copkit.api.shared.AccessDeniedException when the actor may not write it
   * @throws org.copkit.api.shared.InvalidInputException naming {@code content.link} for a library
   *     document without a link (one with a file and no link is created through {@link
   *     Library#create})
   */
  KnowledgeItem create(MemberId actor, CreateItem command);

  /**
   * @param actor who acts
   * @param command the change
   * @return the item at its new revision
   * @throws org.copkit.api.shared.InvalidInputException naming {@code content.link} when it would
   *     leave a library document with neither a link nor a file
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the item moved past
   *     {@code basedOn}
   */
  KnowledgeItem edit(MemberId actor, EditItem command);

  /**
   * @param actor who acts
   * @param command which revision to restore
   * @return the item at its new revision, whose content is the restored one's
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the item moved past
   *     {@code basedOn}
   */
  KnowledgeItem restore(MemberId actor, RestoreRevision command);

  /**
   * Makes a knowledge pill of a discussion (see {@link PromoteToPill}). Only the community's
   * e-moderators and experts (and administrators) promote, and only what they may read: a thread
   * they may not read is a {@link org.copkit.api.shared.NotFoundException} exactly as an ID never
   * used, and only published posts are taken.
   *
   * @param actor who acts
   * @param command what to promote
   * @return the pill, at revision 1
   * @throws org.copkit.api.shared.AccessDeniedException when the actor may not write pills there
   * @throws org.copkit.api.shared.InvalidInputException naming {@code thread} when it is not a
   *     question with a published accepted answer (for {@link PromoteToPill.Scope#ACCEPTED_ANSWER}),
   *     has no published post, or too many to fit one pill; naming {@code section} when the section
   *     is not of the thread's community
   */
  KnowledgeItem promote(MemberId actor, PromoteToPill command);
}
