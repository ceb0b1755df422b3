package org.copkit.tck.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.community.CommunityFixtures.aPersonInACommunity;
import static org.copkit.tck.community.CommunityFixtures.anInvitation;
import static org.copkit.tck.shared.SharedFixtures.SPANISH;
import static org.copkit.tck.shared.SharedFixtures.aPerson;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;
import static org.copkit.tck.shared.SharedFixtures.textOfLength;

import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.Invitation.InvitationStatus;
import org.copkit.api.community.InvitationId;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.Tier;
import org.copkit.api.community.port.Invitations;
import org.copkit.api.shared.ConflictException.Kind;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.storage.CopStorage;
import org.copkit.tck.community.CommunityFixtures.PersonIn;
import org.copkit.tck.shared.PendingItemsContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Invitations}: what every pending item keeps ({@link PendingItemsContract}:
 * at most one invitation per person and community is pending at a time, updates are optimistically
 * locked, a rollback keeps nothing), every status round-trips, invitees' IDs keep their case and
 * accents, and the pending lists come oldest first.
 *
 * <p>Invitation IDs compare as their canonical text where the port says "ties broken by ID".
 */
public abstract class InvitationsContract extends PendingItemsContract<InvitationId, Invitation, PersonIn> {

  private static final InvitationId LOW_ID = InvitationId.of("00000000-0000-4000-8000-0000000000bb");
  private static final InvitationId HIGH_ID = InvitationId.of("f0000000-0000-4000-8000-0000000000bb");

  private final CommunityId community = CommunityId.random();
  private Invitations invitations;

  /** For subclasses. */
  protected InvitationsContract() {}

  @Override
  protected final Invitations port(CopStorage storage) {
    return storage.invitations();
  }

  @Override
  protected final PersonIn aSubject() {
    return aPersonInACommunity();
  }

  @Override
  protected final Invitation anOpenItem(PersonIn subject, Instant at) {
    return anInvitation().to(subject.community()).of(subject.person()).invitedAt(at).build();
  }

  @Override
  protected final Invitation closed(Invitation invitation, long second) {
    return invitation.withStatus(new InvitationStatus.Revoked(aPerson(), secondsAfterT0(second)));
  }

  @Override
  protected final Invitation withId(Invitation i, InvitationId id) {
    return new Invitation(id, i.community(), i.invitee(), i.invitedBy(), i.tier(), i.message(), i.invitedAt(), i.status(), i.version());
  }

  @Override
  protected final Invitation atVersion(Invitation i, long version) {
    return new Invitation(i.id(), i.community(), i.invitee(), i.invitedBy(), i.tier(), i.message(), i.invitedAt(), i.status(), version);
  }

  @Override
  protected final InvitationId idOf(Invitation invitation) {
    return invitation.id();
  }

  @Override
  protected final long versionOf(Invitation invitation) {
    return invitation.version();
  }

  @Override
  protected final InvitationId anUnknownId() {
    return InvitationId.random();
  }

  @Override
  protected final Optional<Invitation> findOpen(CopStorage storage, PersonIn subject) {
    return storage.invitations().findPending(subject.community(), subject.person());
  }

  @BeforeEach
  final void openPorts() {
    invitations = eachCallInATransaction(Invitations.class, CopStorage::invitations);
  }

  @Nested
  class AddAndFind {

    @Test
    void findsAPendingInvitationWithEveryFieldAsAdded() {
      assertRoundTrip(anInvitation().to(community).toTier(Tier.CORE).invitedAt(secondsAfterT0(3)).build());
    }

    @Test
    void findsAnAcceptedInvitationWithWhen() {
      assertRoundTrip(anInvitation().withStatus(new InvitationStatus.Accepted(secondsAfterT0(4))).build());
    }

    @Test
    void findsADeclinedInvitationWithWhen() {
      assertRoundTrip(anInvitation().withStatus(new InvitationStatus.Declined(secondsAfterT0(5))).build());
    }

    @Test
    void findsARevokedInvitationWithWhoRevokedItAndWhen() {
      assertRoundTrip(anInvitation().withStatus(new InvitationStatus.Revoked(aPerson(), secondsAfterT0(6))).build());
    }

    @Test
    void keepsEveryTier() {
      for (Tier tier : Tier.values()) {
        assertRoundTrip(anInvitation().toTier(tier).build());
      }
    }

    @Test
    void keepsAccentedEmptyAndLongestMessages() {
      assertRoundTrip(anInvitation().withMessage(SPANISH).build());
      assertRoundTrip(anInvitation().withMessage("").build());
      assertRoundTrip(anInvitation().withMessage(textOfLength(JoinRequest.MAX_MESSAGE)).build());
    }

    private void assertRoundTrip(Invitation invitation) {
      invitations.add(invitation);

      assertThat(invitations.find(invitation.id())).contains(invitation);
    }
  }

  @Nested
  class OnePendingInvitationPerPersonAndCommunity {

    @Test
    void acceptsPendingInvitationsOfOtherPeopleAndToOtherCommunities() {
      Invitation ana = anInvitation().to(community).build();
      Invitation bea = anInvitation().to(community).build();
      Invitation anaElsewhere = anInvitation().of(ana.invitee()).build();

      List.of(ana, bea, anaElsewhere).forEach(invitations::add);

      assertThat(invitations.findPending(community, ana.invitee())).contains(ana);
      assertThat(invitations.findPending(community, bea.invitee())).contains(bea);
      assertThat(invitations.findPending(anaElsewhere.community(), ana.invitee())).contains(anaElsewhere);
    }

    @Test
    void tellsApartInviteesWhoseIdsDifferInCaseOrAccents() {
      List<Invitation> all = List.of("Núria", "Nuria", "nuria").stream()
          .map(id -> anInvitation().to(community).of(MemberId.of(id)).build()).toList();

      all.forEach(invitations::add);

      all.forEach(invitation -> assertThat(invitations.findPending(community, invitation.invitee()))
          .as("member IDs compare with their case and accents").contains(invitation));
      assertThat(invitations.pendingFor(MemberId.of("Nuria"))).containsExactly(all.get(1));
    }

  }

  @Nested
  class PendingLists {

    @Test
    void listsTheCommunitysPendingInvitationsOldestFirstWithTiesBrokenById() {
      Invitation newest = anInvitation().to(community).invitedAt(secondsAfterT0(3)).build();
      Invitation tieHigh = anInvitation().withId(HIGH_ID).to(community).invitedAt(secondsAfterT0(2)).build();
      Invitation tieLow = anInvitation().withId(LOW_ID).to(community).invitedAt(secondsAfterT0(2)).build();
      Invitation oldest = anInvitation().to(community).invitedAt(secondsAfterT0(1)).build();
      Invitation answered =
          anInvitation().to(community).invitedAt(secondsAfterT0(0)).withStatus(new InvitationStatus.Declined(secondsAfterT0(1))).build();
      Invitation elsewhere = anInvitation().invitedAt(secondsAfterT0(0)).build();
      List.of(newest, tieHigh, tieLow, oldest, answered, elsewhere).forEach(invitations::add);

      Page<Invitation> page = invitations.pending(community, PageRequest.first(10));

      assertThat(page.items()).containsExactly(oldest, tieLow, tieHigh, newest);
      assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void cutsTheCommunitysListIntoPages() {
      List<Invitation> all = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        all.add(anInvitation().to(community).invitedAt(secondsAfterT0(i)).build());
      }
      all.forEach(invitations::add);

      Page<Invitation> first = invitations.pending(community, PageRequest.first(2));
      Page<Invitation> second = invitations.pending(community, first.request().next());

      assertThat(first.items()).containsExactly(all.get(0), all.get(1));
      assertThat(first.hasNext()).isTrue();
      assertThat(second.items()).containsExactly(all.get(2));
      assertThat(second.hasNext()).isFalse();
      assertThat(List.of(first, second)).extracting(Page::total).containsOnly(3L);
    }

    @Test
    void listsThePendingInvitationsOfAPersonOldestFirstWithTiesBrokenById() {
      MemberId ana = aPerson();
      Invitation newest = anInvitation().of(ana).invitedAt(secondsAfterT0(3)).build();
      Invitation tieHigh = anInvitation().withId(HIGH_ID).of(ana).invitedAt(secondsAfterT0(2)).build();
      Invitation tieLow = anInvitation().withId(LOW_ID).of(ana).invitedAt(secondsAfterT0(2)).build();
      Invitation oldest = anInvitation().of(ana).invitedAt(secondsAfterT0(1)).build();
      Invitation revoked =
          anInvitation().of(ana).invitedAt(secondsAfterT0(0)).withStatus(new InvitationStatus.Revoked(aPerson(), secondsAfterT0(1))).build();
      Invitation someoneElse = anInvitation().invitedAt(secondsAfterT0(0)).build();
      List.of(newest, tieHigh, revoked, tieLow, oldest, someoneElse).forEach(invitations::add);

      assertThat(invitations.pendingFor(ana)).containsExactly(oldest, tieLow, tieHigh, newest);
    }

    @Test
    void listsNothingForSomeoneWithoutPendingInvitations() {
      invitations.add(anInvitation().build());

      assertThat(invitations.pendingFor(aPerson())).isEmpty();
    }
  }
}
