package org.copkit.api.community.port;

import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.InvitationId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Outbound port: invitations to join communities. Contract: {@code
 * org.copkit.tck.community.InvitationsContract}.
 */
public interface Invitations {

  /**
   * Stores a new invitation.
   *
   * @param invitation the invitation
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the ID is taken, or when the
   *     invitee already has a pending invitation to the community
   */
  void add(Invitation invitation);

  /**
   * Replaces an invitation if the stored version equals {@code invitation.version()}.
   *
   * @param invitation the changed invitation
   * @return the stored invitation, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the stored version differs
   * @throws org.copkit.api.shared.NotFoundException when there is no such invitation
   */
  Invitation update(Invitation invitation);

  /**
   * @param id the ID
   * @return the invitation, if stored
   */
  Optional<Invitation> find(InvitationId id);

  /**
   * @param community the community
   * @param invitee the person
   * @return their pending invitation to the community, if any
   */
  Optional<Invitation> findPending(CommunityId community, MemberId invitee);

  /**
   * @param community the community
   * @param page which page
   * @return its pending invitations, oldest first (ties broken by ID)
   */
  Page<Invitation> pending(CommunityId community, PageRequest page);

  /**
   * @param invitee the person
   * @return the pending invitations addressed to them, oldest first (ties broken by ID)
   */
  List<Invitation> pendingFor(MemberId invitee);
}
