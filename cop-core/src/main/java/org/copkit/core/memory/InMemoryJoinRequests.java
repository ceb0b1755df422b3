package org.copkit.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.JoinRequestId;
import org.copkit.api.community.port.JoinRequests;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

final class InMemoryJoinRequests implements JoinRequests {

  private final PendingStore<String, JoinRequest> requests;

  InMemoryJoinRequests(InMemoryTransactions transactions) {
    this.requests =
        new PendingStore<>(
            transactions,
            "join request",
            r -> r.id().toString(),
            r -> new PendingStore.PendingKey(r.community(), r.requester()),
            JoinRequest::isPending,
            JoinRequest::version,
            (r, v) -> new JoinRequest(r.id(), r.community(), r.requester(), r.message(), r.requestedAt(), r.status(), v));
  }

  @Override
  public void add(JoinRequest request) {
    requests.add(request);
  }

  @Override
  public JoinRequest update(JoinRequest request) {
    return requests.update(request);
  }

  @Override
  public Optional<JoinRequest> find(JoinRequestId id) {
    return requests.find(id.toString());
  }

  @Override
  public Optional<JoinRequest> findPending(CommunityId community, MemberId requester) {
    return requests.findPending(community, requester);
  }

  @Override
  public Page<JoinRequest> pending(CommunityId community, PageRequest page) {
    return requests.pendingIn(community, Comparator.comparing(JoinRequest::requestedAt), page);
  }

  @Override
  public List<JoinRequest> ofRequester(MemberId requester) {
    return requests.select(
        r -> r.requester().equals(requester), Comparator.comparing(JoinRequest::requestedAt).reversed());
  }

  /** @return every request, for privacy */
  java.util.stream.Stream<JoinRequest> all() {
    return requests.select(r -> true, java.util.Comparator.comparing(JoinRequest::requestedAt)).stream();
  }
}
