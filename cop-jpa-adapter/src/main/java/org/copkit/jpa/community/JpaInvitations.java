package org.copkit.jpa.community;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.InvitationId;
import org.copkit.api.community.port.Invitations;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link Invitations} on JPA: {@code cop_invitation}. The unique {@code pending_key} holds the
 * one-pending-invitation rule in the database; {@link #add} looks first only to say precisely what
 * the duplicate is.
 */
final class JpaInvitations implements Invitations {

  private final JpaTransactions transactions;

  JpaInvitations(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(Invitation invitation) {
    InvitationRow row = InvitationRow.fromDomain(invitation);
    if (!invitation.isPending()) {
      transactions.insert(row, describe(invitation.id()));
      return;
    }
    String pending = "pending invitation of " + invitation.invitee() + " to community " + invitation.community();
    if (findPending(invitation.community(), invitation.invitee()).isPresent()) {
      throw ConflictException.duplicate(pending);
    }
    transactions.insert(row, describe(invitation.id()) + " or a " + pending);
  }

  @Override
  public Invitation update(Invitation invitation) {
    String what = describe(invitation.id());
    InvitationRow row = entityManager().find(InvitationRow.class, invitation.id().toString());
    if (row == null) {
      throw new NotFoundException("invitation", invitation.id().toString());
    }
    if (row.version() != invitation.version()) {
      throw ConflictException.staleVersion(what, invitation.version());
    }
    boolean changed = !row.toDomain().equals(invitation);
    row.copyChanges(invitation);
    transactions.flushUpdate(row, changed, what, invitation.version());
    return row.toDomain();
  }

  @Override
  public Optional<Invitation> find(InvitationId id) {
    return Optional.ofNullable(entityManager().find(InvitationRow.class, id.toString())).map(InvitationRow::toDomain);
  }

  @Override
  public Optional<Invitation> findPending(CommunityId community, MemberId invitee) {
    return findPendingRow(PendingKey.of(community, invitee)).map(InvitationRow::toDomain);
  }

  private Optional<InvitationRow> findPendingRow(String pendingKey) {
    return entityManager()
        .createQuery("select i from CopInvitation i where i.pendingKey = :key", InvitationRow.class)
        .setParameter("key", pendingKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<Invitation> pending(CommunityId community, PageRequest page) {
    String where = " from CopInvitation i where i.communityId = :community and i.status = :pending";
    TypedQuery<InvitationRow> rows =
        entityManager().createQuery("select i" + where + " order by i.invitedAt, i.id", InvitationRow.class);
    TypedQuery<Long> count = entityManager().createQuery("select count(i)" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      query.setParameter("community", community.toString()).setParameter("pending", InvitationRow.PENDING);
    }
    return transactions.page(rows, count, page, InvitationRow::toDomain);
  }

  @Override
  public List<Invitation> pendingFor(MemberId invitee) {
    return entityManager()
        .createQuery(
            "select i from CopInvitation i where i.invitee = :invitee and i.status = :pending order by i.invitedAt, i.id",
            InvitationRow.class)
        .setParameter("invitee", invitee.value())
        .setParameter("pending", InvitationRow.PENDING)
        .getResultStream()
        .map(InvitationRow::toDomain)
        .toList();
  }

  private EntityManager entityManager() {
    return transactions.entityManager();
  }

  private static String describe(InvitationId id) {
    return "invitation " + id;
  }
}
