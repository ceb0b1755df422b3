package org.copkit.tck.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.community.CommunityFixtures.aJoinRequest;
import static org.copkit.tck.shared.SharedFixtures.CATALAN;
import static org.copkit.tck.shared.SharedFixtures.SPANISH;
import static org.copkit.tck.shared.SharedFixtures.aPerson;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;
import static org.copkit.tck.shared.SharedFixtures.textOfLength;

import java.util.ArrayList;
import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.JoinRequest.RequestStatus;
import org.copkit.api.community.JoinRequestId;
import org.copkit.api.community.port.JoinRequests;
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
 * The contract of {@link JoinRequests}: every status round-trips, at most one request per person
 * and community is pending at a time (a second one is a DUPLICATE), updates are optimistically
 * locked, and the pending list and a requester's history come in their documented orders.
 *
 * <p>Request IDs compare as their canonical text where the port says "ties broken by ID".
 */
public abstract class JoinRequestsContract extends StorageContract {

  private static final JoinRequestId LOW_ID = JoinRequestId.of("00000000-0000-4000-8000-0000000000aa");
  private static final JoinRequestId HIGH_ID = JoinRequestId.of("f0000000-0000-4000-8000-0000000000aa");

  private final CommunityId community = CommunityId.random();
  private JoinRequests requests;

  /** For subclasses. */
  protected JoinRequestsContract() {}

  @BeforeEach
  final void openPorts() {
    requests = eachCallInATransaction(JoinRequests.class, CopStorage::joinRequests);
  }

  @Nested
  class AddAndFind {

    @Test
    void findsAPendingRequestWithEveryFieldAsAdded() {
      assertRoundTrip(aJoinRequest().to(community).requestedAt(secondsAfterT0(7)).build());
    }

    @Test
    void findsAnApprovedRequestWithWhoApprovedAndWhen() {
      assertRoundTrip(aJoinRequest().withStatus(new RequestStatus.Approved(aPerson(), secondsAfterT0(8))).build());
    }

    @Test
    void findsADeclinedRequestWithWhoDeclinedWhenAndWhy() {
      assertRoundTrip(aJoinRequest().withStatus(new RequestStatus.Declined(aPerson(), secondsAfterT0(9), SPANISH)).build());
    }

    @Test
    void findsAWithdrawnRequestWithWhen() {
      assertRoundTrip(aJoinRequest().withStatus(new RequestStatus.Withdrawn(secondsAfterT0(10))).build());
    }

    @Test
    void keepsTextsOfTheLongestLengthAccepted() {
      assertRoundTrip(
          aJoinRequest()
              .withMessage(textOfLength(JoinRequest.MAX_MESSAGE))
              .withStatus(new RequestStatus.Declined(aPerson(), secondsAfterT0(1), textOfLength(1000)))
              .build());
    }

    @Test
    void keepsAccentedAndEmptyMessages() {
      assertRoundTrip(aJoinRequest().withMessage(CATALAN).build());
      assertRoundTrip(aJoinRequest().withMessage("").build());
    }

    @Test
    void findsNothingForAnUnknownId() {
      requests.add(aJoinRequest().build());

      assertThat(requests.find(JoinRequestId.random())).isEmpty();
    }

    @Test
    void rejectsATakenId() {
      JoinRequest first = aJoinRequest().build();
      requests.add(first);

      assertConflict(Kind.DUPLICATE, () -> requests.add(aJoinRequest().withId(first.id()).build()));

      assertThat(requests.find(first.id())).contains(first);
    }

    private void assertRoundTrip(JoinRequest request) {
      requests.add(request);

      assertThat(requests.find(request.id())).contains(request);
    }
  }

  @Nested
  class OnePendingRequestPerPersonAndCommunity {

    @Test
    void rejectsASecondPendingRequestAndKeepsTheFirst() {
      JoinRequest first = aJoinRequest().to(community).build();
      requests.add(first);
      JoinRequest second = aJoinRequest().to(community).by(first.requester()).requestedAt(secondsAfterT0(1)).build();

      assertConflict(Kind.DUPLICATE, () -> requests.add(second));

      assertThat(requests.find(second.id())).isEmpty();
      assertThat(requests.findPending(community, first.requester())).contains(first);
    }

    @Test
    void acceptsANewRequestOnceTheFirstIsNoLongerPending() {
      JoinRequest first = aJoinRequest().to(community).build();
      requests.add(first);
      requests.update(first.withStatus(new RequestStatus.Declined(aPerson(), secondsAfterT0(1), "Encara no")));
      JoinRequest second = aJoinRequest().to(community).by(first.requester()).requestedAt(secondsAfterT0(2)).build();

      requests.add(second);

      assertThat(requests.findPending(community, first.requester())).contains(second);
    }

    @Test
    void acceptsRequestsThatAreNotPendingBesideThePendingOne() {
      JoinRequest pending = aJoinRequest().to(community).build();
      requests.add(pending);
      JoinRequest withdrawn =
          aJoinRequest().to(community).by(pending.requester()).withStatus(new RequestStatus.Withdrawn(secondsAfterT0(1))).build();
      JoinRequest approved =
          aJoinRequest()
              .to(community)
              .by(pending.requester())
              .withStatus(new RequestStatus.Approved(aPerson(), secondsAfterT0(2)))
              .build();

      requests.add(withdrawn);
      requests.add(approved);

      assertThat(requests.find(withdrawn.id())).contains(withdrawn);
      assertThat(requests.find(approved.id())).contains(approved);
    }

    @Test
    void acceptsPendingRequestsOfOtherPeopleAndInOtherCommunities() {
      JoinRequest ana = aJoinRequest().to(community).build();
      JoinRequest bea = aJoinRequest().to(community).build();
      JoinRequest anaElsewhere = aJoinRequest().by(ana.requester()).build();

      List.of(ana, bea, anaElsewhere).forEach(requests::add);

      assertThat(requests.findPending(community, ana.requester())).contains(ana);
      assertThat(requests.findPending(community, bea.requester())).contains(bea);
      assertThat(requests.findPending(anaElsewhere.community(), ana.requester())).contains(anaElsewhere);
    }

    @Test
    void tellsApartRequestersWhoseIdsDifferOnlyInCase() {
      JoinRequest lower = aJoinRequest().to(community).by(MemberId.of("bea")).build();
      JoinRequest upper = aJoinRequest().to(community).by(MemberId.of("BEA")).build();

      requests.add(lower);
      requests.add(upper);

      assertThat(requests.findPending(community, MemberId.of("bea"))).contains(lower);
      assertThat(requests.findPending(community, MemberId.of("BEA"))).contains(upper);
    }

    @Test
    void tellsApartRequestersWhoseIdsDifferOnlyInAccents() {
      JoinRequest accented = aJoinRequest().to(community).by(MemberId.of("Núria")).build();
      JoinRequest plain = aJoinRequest().to(community).by(MemberId.of("Nuria")).build();

      requests.add(accented);
      requests.add(plain);

      assertThat(requests.findPending(community, MemberId.of("Núria"))).as("member IDs compare with their accents").contains(accented);
      assertThat(requests.findPending(community, MemberId.of("Nuria"))).as("member IDs compare with their accents").contains(plain);
      assertThat(requests.ofRequester(MemberId.of("Nuria"))).containsExactly(plain);
    }

    @Test
    void findsNoPendingRequestWhenTheOnlyOneWasDecided() {
      JoinRequest request = aJoinRequest().to(community).build();
      requests.add(request);

      requests.update(request.withStatus(new RequestStatus.Approved(aPerson(), secondsAfterT0(3))));

      assertThat(requests.findPending(community, request.requester())).isEmpty();
      assertThat(requests.findPending(community, aPerson())).isEmpty();
    }
  }

  @Nested
  class Update {

    @Test
    void storesTheNewStatusAndReturnsTheRequestAtTheNextVersion() {
      JoinRequest stored = aJoinRequest().build();
      requests.add(stored);
      JoinRequest declined = stored.withStatus(new RequestStatus.Declined(aPerson(), secondsAfterT0(5), CATALAN));

      JoinRequest updated = requests.update(declined);

      assertThat(updated).isEqualTo(atVersion(declined, 1));
      assertThat(requests.find(stored.id())).contains(updated);
    }

    @Test
    void raisesTheVersionByExactlyOneOnEveryUpdate() {
      JoinRequest stored = aJoinRequest().build();
      requests.add(stored);

      JoinRequest once = requests.update(stored.withStatus(new RequestStatus.Withdrawn(secondsAfterT0(1))));
      JoinRequest twice = requests.update(once.withStatus(new RequestStatus.Withdrawn(secondsAfterT0(2))));

      assertThat(once.version()).isEqualTo(1);
      assertThat(twice.version()).isEqualTo(2);
    }

    @Test
    void rejectsAStaleVersionAndChangesNothing() {
      JoinRequest read = aJoinRequest().build();
      requests.add(read);
      JoinRequest current = requests.update(read.withStatus(new RequestStatus.Withdrawn(secondsAfterT0(1))));

      assertConflict(
          Kind.STALE_VERSION, () -> requests.update(read.withStatus(new RequestStatus.Approved(aPerson(), secondsAfterT0(2)))));

      assertThat(requests.find(read.id())).contains(current);
    }

    @Test
    void rejectsAVersionAheadOfTheStoredOneAndChangesNothing() {
      JoinRequest stored = aJoinRequest().build();
      requests.add(stored);

      assertConflict(
          Kind.STALE_VERSION,
          () -> requests.update(atVersion(stored.withStatus(new RequestStatus.Withdrawn(secondsAfterT0(1))), 2)));

      assertThat(requests.find(stored.id())).contains(stored);
    }

    @Test
    void rejectsAnUnknownRequest() {
      JoinRequest unknown = aJoinRequest().build();

      assertThatThrownBy(() -> requests.update(unknown)).isInstanceOf(NotFoundException.class);
      assertThat(requests.find(unknown.id())).isEmpty();
    }
  }

  @Nested
  class PendingList {

    @Test
    void listsOnlyPendingRequestsOldestFirstWithTiesBrokenById() {
      JoinRequest newest = aJoinRequest().to(community).requestedAt(secondsAfterT0(3)).build();
      JoinRequest tieHigh = aJoinRequest().withId(HIGH_ID).to(community).requestedAt(secondsAfterT0(2)).build();
      JoinRequest tieLow = aJoinRequest().withId(LOW_ID).to(community).requestedAt(secondsAfterT0(2)).build();
      JoinRequest oldest = aJoinRequest().to(community).requestedAt(secondsAfterT0(1)).build();
      JoinRequest decided =
          aJoinRequest().to(community).requestedAt(secondsAfterT0(0)).withStatus(new RequestStatus.Withdrawn(secondsAfterT0(1))).build();
      JoinRequest elsewhere = aJoinRequest().requestedAt(secondsAfterT0(0)).build();
      List.of(newest, tieHigh, tieLow, oldest, decided, elsewhere).forEach(requests::add);

      Page<JoinRequest> page = requests.pending(community, PageRequest.first(10));

      assertThat(page.items()).containsExactly(oldest, tieLow, tieHigh, newest);
      assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void cutsTheListIntoPages() {
      List<JoinRequest> all = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        all.add(aJoinRequest().to(community).requestedAt(secondsAfterT0(i)).build());
      }
      all.forEach(requests::add);

      Page<JoinRequest> first = requests.pending(community, PageRequest.first(2));
      Page<JoinRequest> second = requests.pending(community, first.request().next());

      assertThat(first.items()).containsExactly(all.get(0), all.get(1));
      assertThat(first.hasNext()).isTrue();
      assertThat(second.items()).containsExactly(all.get(2));
      assertThat(second.hasNext()).isFalse();
      assertThat(List.of(first, second)).extracting(Page::total).containsOnly(3L);
    }

    @Test
    void dropsARequestFromTheListOnceDecided() {
      JoinRequest request = aJoinRequest().to(community).build();
      requests.add(request);

      requests.update(request.withStatus(new RequestStatus.Approved(aPerson(), secondsAfterT0(1))));

      Page<JoinRequest> page = requests.pending(community, PageRequest.first(10));
      assertThat(page.items()).isEmpty();
      assertThat(page.total()).isZero();
    }
  }

  @Nested
  class RequestsOfAPerson {

    @Test
    void listsAllOfThemNewestFirstWithTiesBrokenById() {
      MemberId ana = aPerson();
      JoinRequest oldest =
          aJoinRequest().by(ana).requestedAt(secondsAfterT0(1)).withStatus(new RequestStatus.Withdrawn(secondsAfterT0(2))).build();
      JoinRequest tieLow = aJoinRequest().withId(LOW_ID).by(ana).requestedAt(secondsAfterT0(5)).build();
      JoinRequest tieHigh =
          aJoinRequest()
              .withId(HIGH_ID)
              .by(ana)
              .requestedAt(secondsAfterT0(5))
              .withStatus(new RequestStatus.Declined(aPerson(), secondsAfterT0(6), "No"))
              .build();
      JoinRequest newest = aJoinRequest().by(ana).requestedAt(secondsAfterT0(9)).build();
      List.of(tieHigh, oldest, newest, tieLow).forEach(requests::add);
      requests.add(aJoinRequest().requestedAt(secondsAfterT0(5)).build());

      assertThat(requests.ofRequester(ana)).containsExactly(newest, tieLow, tieHigh, oldest);
    }

    @Test
    void listsNothingForSomeoneWhoNeverAsked() {
      requests.add(aJoinRequest().build());

      assertThat(requests.ofRequester(aPerson())).isEmpty();
    }
  }

  private static JoinRequest atVersion(JoinRequest request, long version) {
    return new JoinRequest(
        request.id(), request.community(), request.requester(), request.message(), request.requestedAt(), request.status(), version);
  }
}
