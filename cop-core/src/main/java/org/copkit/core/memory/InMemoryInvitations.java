package org.copkit.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.InvitationId;
import org.copkit.api.community.port.Invitations;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

final class InMemoryInvitations implements Invitations {

  private static final Comparator<Invitation> OLDEST_FIRST = Comparator.comparing(Invitation::invitedAt);

  private final PendingStore<String, Invitation> invitations;

  InMemoryInvitations(InMemoryTransactions transactions) {
    this.invitations =
        new PendingStore<>(
            transactions,
            "invitation",
            i -> i.id().toString(),
            i -> new PendingStore.PendingKey(i.community(), i.invitee()),
            Invitation::isPending,
            Invitation::version,
            (i, v) ->
                new Invitation(
                    i.id(), i.community(), i.invitee(), i.invitedBy(), i.tier(), i.message(), i.invitedAt(),
                    i.status(), v));
  }

  @Override
  public void add(Invitation invitation) {
    invitations.add(invitation);
  }

  @Override
  public Invitation update(Invitation invitation) {
    return invitations.update(invitation);
  }

  @Override
  public Optional<Invitation> find(InvitationId id) {
    return invitations.find(id.toString());
  }

  @Override
  public Optional<Invitation> findPending(CommunityId community, MemberId invitee) {
    return invitations.findPending(community, invitee);
  }

  @Override
  public Page<Invitation> pending(CommunityId community, PageRequest page) {
    return invitations.pendingIn(community, OLDEST_FIRST, page);
  }

  @Override
  public List<Invitation> pendingFor(MemberId invitee) {
    return invitations.select(i -> i.isPending() && i.invitee().equals(invitee), OLDEST_FIRST);
  }

  /** @return every invitation, for privacy */
  java.util.stream.Stream<Invitation> all() {
    return invitations.select(i -> true, OLDEST_FIRST).stream();
  }
}
