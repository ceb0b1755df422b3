package org.copkit.tck.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.community.CommunityFixtures.anInvitation;
import static org.copkit.tck.shared.SharedFixtures.SPANISH;
import static org.copkit.tck.shared.SharedFixtures.aPerson;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;
import static org.copkit.tck.shared.SharedFixtures.textOfLength;

import java.util.ArrayList;
import java.util.List;
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
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Invitations}: every status round-trips, at most one invitation per person
 * and community is pending at a time (a second one is a DUPLICATE), updates are optimistically
 * locked, and the pending lists come oldest first.
 *
 * <p>Invitation IDs compare as their canonical text where the port says "ties broken by ID".
 */
public abstract class InvitationsContract extends StorageContract {

  private static final InvitationId LOW_ID = InvitationId.of("00000000-0000-4000-8000-0000000000bb");
  private static final InvitationId HIGH_ID = InvitationId.of("f0000000-0000-4000-8000-0000000000bb");

  private final CommunityId community = CommunityId.random();
  private Invitations invitations;

  /** For subclasses. */
  protected InvitationsContract() {}

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

    @Test
    void findsNothingForAnUnknownId() {
      invitations.add(anInvitation().build());

      assertThat(invitations.find(InvitationId.random())).isEmpty();
    }

    @Test
    void rejectsATakenId() {
      Invitation first = anInvitation().build();
      invitations.add(first);

      assertConflict(Kind.DUPLICATE, () -> invitations.add(anInvitation().withId(first.id()).build()));

      assertThat(invitations.find(first.id())).contains(first);
    }

    private void assertRoundTrip(Invitation invitation) {
      invitations.add(invitation);

      assertThat(invitations.find(invitation.id())).contains(invitation);
    }
  }

  @Nested
  class OnePendingInvitationPerPersonAndCommunity {

    @Test
    void rejectsASecondPendingInvitationAndKeepsTheFirst() {
      Invitation first = anInvitation().to(community).build();
      invitations.add(first);
      Invitation second = anInvitation().to(community).of(first.invitee()).invitedAt(secondsAfterT0(1)).build();

      assertConflict(Kind.DUPLICATE, () -> invitations.add(second));

      assertThat(invitations.find(second.id())).isEmpty();
      assertThat(invitations.findPending(community, first.invitee())).contains(first);
    }

    @Test
    void acceptsANewInvitationOnceTheFirstIsNoLongerPending() {
      Invitation first = anInvitation().to(community).build();
      invitations.add(first);
      invitations.update(first.withStatus(new InvitationStatus.Revoked(aPerson(), secondsAfterT0(1))));
      Invitation second = anInvitation().to(community).of(first.invitee()).invitedAt(secondsAfterT0(2)).build();

      invitations.add(second);

      assertThat(invitations.findPending(community, first.invitee())).contains(second);
    }

    @Test
    void acceptsInvitationsThatAreNotPendingBesideThePendingOne() {
      Invitation pending = anInvitation().to(community).build();
      invitations.add(pending);
      Invitation declined =
          anInvitation().to(community).of(pending.invitee()).withStatus(new InvitationStatus.Declined(secondsAfterT0(1))).build();

      invitations.add(declined);

      assertThat(invitations.find(declined.id())).contains(declined);
      assertThat(invitations.findPending(community, pending.invitee())).contains(pending);
    }

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

    @Test
    void findsNoPendingInvitationWhenTheOnlyOneWasAnswered() {
      Invitation invitation = anInvitation().to(community).build();
      invitations.add(invitation);

      invitations.update(invitation.withStatus(new InvitationStatus.Accepted(secondsAfterT0(1))));

      assertThat(invitations.findPending(community, invitation.invitee())).isEmpty();
    }
  }

  @Nested
  class Update {

    @Test
    void storesTheNewStatusAndReturnsTheInvitationAtTheNextVersion() {
      Invitation stored = anInvitation().build();
      invitations.add(stored);
      Invitation revoked = stored.withStatus(new InvitationStatus.Revoked(aPerson(), secondsAfterT0(2)));

      Invitation updated = invitations.update(revoked);

      assertThat(updated).isEqualTo(atVersion(revoked, 1));
      assertThat(invitations.find(stored.id())).contains(updated);
    }

    @Test
    void raisesTheVersionByExactlyOneOnEveryUpdate() {
      Invitation stored = anInvitation().build();
      invitations.add(stored);

      Invitation once = invitations.update(stored.withStatus(new InvitationStatus.Declined(secondsAfterT0(1))));
      Invitation twice = invitations.update(once.withStatus(new InvitationStatus.Accepted(secondsAfterT0(2))));

      assertThat(once.version()).isEqualTo(1);
      assertThat(twice.version()).isEqualTo(2);
    }

    @Test
    void rejectsAStaleVersionAndChangesNothing() {
      Invitation read = anInvitation().build();
      invitations.add(read);
      Invitation current = invitations.update(read.withStatus(new InvitationStatus.Accepted(secondsAfterT0(1))));

      assertConflict(Kind.STALE_VERSION, () -> invitations.update(read.withStatus(new InvitationStatus.Declined(secondsAfterT0(2)))));

      assertThat(invitations.find(read.id())).contains(current);
    }

    @Test
    void rejectsAVersionAheadOfTheStoredOneAndChangesNothing() {
      Invitation stored = anInvitation().build();
      invitations.add(stored);

      assertConflict(
          Kind.STALE_VERSION,
          () -> invitations.update(atVersion(stored.withStatus(new InvitationStatus.Declined(secondsAfterT0(1))), 5)));

      assertThat(invitations.find(stored.id())).contains(stored);
    }

    @Test
    void rejectsAnUnknownInvitation() {
      Invitation unknown = anInvitation().build();

      assertThatThrownBy(() -> invitations.update(unknown)).isInstanceOf(NotFoundException.class);
      assertThat(invitations.find(unknown.id())).isEmpty();
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

  private static Invitation atVersion(Invitation invitation, long version) {
    return new Invitation(
        invitation.id(),
        invitation.community(),
        invitation.invitee(),
        invitation.invitedBy(),
        invitation.tier(),
        invitation.message(),
        invitation.invitedAt(),
        invitation.status(),
        version);
  }
}
