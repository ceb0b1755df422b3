package org.copkit.tck.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.community.CommunityFixtures.aJoinRequest;
import static org.copkit.tck.community.CommunityFixtures.aPersonInACommunity;
import static org.copkit.tck.shared.SharedFixtures.CATALAN;
import static org.copkit.tck.shared.SharedFixtures.SPANISH;
import static org.copkit.tck.shared.SharedFixtures.aPerson;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;
import static org.copkit.tck.shared.SharedFixtures.textOfLength;

import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
import org.copkit.tck.community.CommunityFixtures.PersonIn;
import org.copkit.tck.shared.PendingItemsContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link JoinRequests}: what every pending item keeps ({@link PendingItemsContract}:
 * at most one request per person and community is pending at a time, updates are optimistically
 * locked, a rollback keeps nothing), every status round-trips, requesters' IDs keep their case and
 * accents, and the pending list and a requester's history come in their documented orders.
 *
 * <p>Request IDs compare as their canonical text where the port says "ties broken by ID".
 */
public abstract class JoinRequestsContract extends PendingItemsContract<JoinRequestId, JoinRequest, PersonIn> {

  private static final JoinRequestId LOW_ID = JoinRequestId.of("00000000-0000-4000-8000-0000000000aa");
  private static final JoinRequestId HIGH_ID = JoinRequestId.of("f0000000-0000-4000-8000-0000000000aa");

  private final CommunityId community = CommunityId.random();
  private JoinRequests requests;

  /** For subclasses. */
  protected JoinRequestsContract() {}

  @Override
  protected final JoinRequests port(CopStorage storage) {
    return storage.joinRequests();
  }

  @Override
  protected final PersonIn aSubject() {
    return aPersonInACommunity();
  }

  @Override
  protected final JoinRequest anOpenItem(PersonIn subject, Instant at) {
    return aJoinRequest().to(subject.community()).by(subject.person()).requestedAt(at).build();
  }

  @Override
  protected final JoinRequest closed(JoinRequest request, long second) {
    return request.withStatus(new RequestStatus.Declined(aPerson(), secondsAfterT0(second), SPANISH));
  }

  @Override
  protected final JoinRequest withId(JoinRequest request, JoinRequestId id) {
    return new JoinRequest(
        id, request.community(), request.requester(), request.message(), request.requestedAt(), request.status(), request.version());
  }

  @Override
  protected final JoinRequest atVersion(JoinRequest request, long version) {
    return new JoinRequest(
        request.id(), request.community(), request.requester(), request.message(), request.requestedAt(), request.status(), version);
  }

  @Override
  protected final JoinRequestId idOf(JoinRequest request) {
    return request.id();
  }

  @Override
  protected final long versionOf(JoinRequest request) {
    return request.version();
  }

  @Override
  protected final JoinRequestId anUnknownId() {
    return JoinRequestId.random();
  }

  @Override
  protected final Optional<JoinRequest> findOpen(CopStorage storage, PersonIn subject) {
    return storage.joinRequests().findPending(subject.community(), subject.person());
  }

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

    private void assertRoundTrip(JoinRequest request) {
      requests.add(request);

      assertThat(requests.find(request.id())).contains(request);
    }
  }

  @Nested
  class OnePendingRequestPerPersonAndCommunity {

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
}
