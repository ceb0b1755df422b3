package org.copkit.jpa.community;

import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityEvent;
import org.copkit.api.community.port.Communities;
import org.copkit.api.community.port.Invitations;
import org.copkit.api.community.port.JoinRequests;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.shared.DomainEvent;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * <b>Wiring, not API:</b> builds the JPA implementations of the community ports for {@code
 * JpaStorage}. Hosts use {@code JpaStorage}; nothing here is meant for them.
 */
public final class CommunityStorage {

  private CommunityStorage() {}

  /** @return the entity classes of this feature, for the persistence unit */
  public static List<Class<?>> entityClasses() {
    return List.of(
        CommunityRow.class, StageChangeRow.class, MembershipRow.class, JoinRequestRow.class, InvitationRow.class);
  }

  /**
   * @param transactions the unit of work
   * @return communities and their stage history
   */
  public static Communities communities(JpaTransactions transactions) {
    return new JpaCommunities(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return memberships
   */
  public static Memberships memberships(JpaTransactions transactions) {
    return new JpaMemberships(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return join requests
   */
  public static JoinRequests joinRequests(JpaTransactions transactions) {
    return new JpaJoinRequests(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return invitations
   */
  public static Invitations invitations(JpaTransactions transactions) {
    return new JpaInvitations(transactions);
  }

  /**
   * The outbox scope of an event of this feature: the ID of its community.
   *
   * @param event any event
   * @return the community's ID as text for a {@link CommunityEvent}, otherwise empty
   */
  public static Optional<String> scopeOf(DomainEvent event) {
    return event instanceof CommunityEvent communityEvent
        ? Optional.of(communityEvent.community().toString())
        : Optional.empty();
  }
}
