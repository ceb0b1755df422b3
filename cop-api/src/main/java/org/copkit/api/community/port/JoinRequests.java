package org.copkit.api.community.port;

import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.JoinRequestId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Outbound port: requests to join CLOSED communities. Contract: {@code
 * org.copkit.tck.community.JoinRequestsContract}.
 */
public interface JoinRequests {

  /**
   * Stores a new request.
   *
   * @param request the request
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the ID is taken, or when the
   *     requester already has a pending request in the community
   */
  void add(JoinRequest request);

  /**
   * Replaces a request if the stored version equals {@code request.version()}.
   *
   * @param request the changed request
   * @return the stored request, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the stored version differs
   * @throws org.copkit.api.shared.NotFoundException when there is no such request
   */
  JoinRequest update(JoinRequest request);

  /**
   * @param id the ID
   * @return the request, if stored
   */
  Optional<JoinRequest> find(JoinRequestId id);

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
