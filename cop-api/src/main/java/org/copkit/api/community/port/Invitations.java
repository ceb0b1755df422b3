package org.copkit.api.community.port;

import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.InvitationId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.PendingItems;

/**
 * Outbound port: invitations to join communities. An invitation is open while PENDING, and its
 * subject is the invitee in the community: {@link #add} raises DUPLICATE for a second pending
 * invitation of one person to one community (see {@link PendingItems} for the rest of {@code add},
 * {@code update} and {@code find}). Invitee IDs compare as exact text, case and accents included.
 * Where a list breaks ties by ID, IDs compare as their canonical text ({@code
 * toString()}, in {@link String#compareTo} order), not as {@link java.util.UUID#compareTo}.
 * Contract: {@code org.copkit.tck.community.InvitationsContract}.
 */
public interface Invitations extends PendingItems<InvitationId, Invitation> {

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
