package org.copkit.api.community.port;

import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.JoinRequestId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.PendingItems;

/**
 * Outbound port: requests to join CLOSED communities. A request is open while PENDING, and its
 * subject is the requester in the community: {@link #add} raises DUPLICATE for a second pending
 * request of one person to one community (see {@link PendingItems} for the rest of {@code add},
 * {@code update} and {@code find}). Requester IDs compare as exact text, case and accents included.
 * Where a list breaks ties by ID, IDs compare as their canonical text ({@code
 * toString()}, in {@link String#compareTo} order), not as {@link java.util.UUID#compareTo}.
 * Contract: {@code org.copkit.tck.community.JoinRequestsContract}.
 */
public interface JoinRequests extends PendingItems<JoinRequestId, JoinRequest> {

  /**
   * @param community the community
   * @param requester the person
   * @return their pending request in the community, if any
   */
  Optional<JoinRequest> findPending(CommunityId community, MemberId requester);

  /**
   * @param community the community
   * @param page which page
   * @return its pending requests, oldest first (ties broken by ID)
   */
  Page<JoinRequest> pending(CommunityId community, PageRequest page);

  /**
   * @param requester the person
   * @return all their requests, newest first (ties broken by ID)
   */
  List<JoinRequest> ofRequester(MemberId requester);
}
