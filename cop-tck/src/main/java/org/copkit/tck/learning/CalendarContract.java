package org.copkit.tck.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.learning.LearningFixtures.aRegistration;
import static org.copkit.tck.learning.LearningFixtures.anEvent;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.util.EnumSet;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.Attendance;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.learning.port.CalendarEvents;
import org.copkit.api.learning.port.Registrations;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CalendarEvents} and {@link Registrations}: what is added comes back with
 * every field (the event's time zone included); updates move the version on by one and refuse a
 * stale one; one registration per member and event; an event's registrations in order of their
 * numbers, filtered by status; a member's registrations to the events of every community, earliest
 * registered first, filtered by status; a community's events soonest first.
 */
public abstract class CalendarContract extends StorageContract {

  private final CommunityId community = CommunityId.random();
  private CalendarEvents events;
  private Registrations registrations;

  /** For subclasses. */
  protected CalendarContract() {}

  @BeforeEach
  final void openPorts() {
    events = eachCallInATransaction(CalendarEvents.class, storage -> storage.calendarEvents());
    registrations = eachCallInATransaction(Registrations.class, storage -> storage.registrations());
  }

  @Nested
  class Events {

    @Test
    void findsAnEventWithEveryFieldAsAdded() {
      CalendarEvent event = anEvent(community, secondsAfterT0(3600), 25);

      events.add(event);

      assertThat(events.find(event.id())).contains(event);
      assertThat(events.find(CalendarEventId.random())).isEmpty();
      assertConflict(ConflictException.Kind.DUPLICATE, () -> events.add(event));
    }

    @Test
    void movesTheVersionOnByOneAndRefusesAStaleUpdate() {
      CalendarEvent event = anEvent(community, secondsAfterT0(3600), 25);
      events.add(event);

      CalendarEvent taken = events.update(event.withRegistrationTaken());
      CalendarEvent unchanged = events.update(taken);

      assertThat(taken.version()).isEqualTo(1);
      assertThat(taken.registrations()).isEqualTo(1);
      assertThat(unchanged.version()).as("an update without change still moves the version on").isEqualTo(2);
      assertThat(events.find(event.id())).contains(unchanged);
      assertConflict(ConflictException.Kind.STALE_VERSION, () -> events.update(taken.withRegistrationTaken()));
      assertThatThrownBy(() -> events.update(anEvent(community, secondsAfterT0(1), 1))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void keepsEveryEditedDetailAndTheCancellationWithItsReason() {
      CalendarEvent event = anEvent(community, secondsAfterT0(3600), 25);
      events.add(event);
      java.time.ZoneId lisbon = java.time.ZoneId.of("Europe/Lisbon");
      java.time.LocalDateTime starts = java.time.LocalDateTime.ofInstant(secondsAfterT0(7200), lisbon);
      org.copkit.api.learning.EditEvent edit = new org.copkit.api.learning.EditEvent(event.id(), "Seminari (canvi de sala)",
          "Nova descripció", org.copkit.api.learning.EventFormat.ONLINE, "https://meet.example.org/seminari", starts,
          starts.plusHours(3), lisbon, 40, java.util.Set.of());

      CalendarEvent edited = events.update(event.edited(edit, secondsAfterT0(7200), secondsAfterT0(7200 + 3 * 3600)));
      CalendarEvent cancelled = events.update(edited.cancel(secondsAfterT0(60), "La ponent està malalta: ho ajornem."));

      assertThat(events.find(event.id())).contains(cancelled);
      assertThat(cancelled.cancelled()).isTrue();
      assertThat(cancelled.cancelledAt()).contains(secondsAfterT0(60));
      assertThat(cancelled.cancellationReason()).isEqualTo("La ponent està malalta: ho ajornem.");
      assertThat(cancelled.zone()).isEqualTo(lisbon);
      assertThat(cancelled.capacity()).isEqualTo(40);
      assertThat(cancelled.location()).isEqualTo("https://meet.example.org/seminari");
      assertThat(events.find(event.id()).orElseThrow().version()).isEqualTo(2);
      assertThat(events.inCommunity(community, PageRequest.first(5)).items()).containsExactly(cancelled);
    }

    @Test
    void listsACommunitysEventsSoonestFirst() {
      CalendarEvent later = anEvent(community, secondsAfterT0(7200), 5);
      CalendarEvent sooner = anEvent(community, secondsAfterT0(3600), 5);
      events.add(later);
      events.add(sooner);
      events.add(anEvent(CommunityId.random(), secondsAfterT0(10), 5));

      assertThat(events.inCommunity(community, PageRequest.first(10)).items()).containsExactly(sooner, later);
    }
  }

  @Nested
  class OfRegistrations {

    private final CalendarEvent event = anEvent(community, secondsAfterT0(3600), 2);

    @Test
    void findsARegistrationAsAddedOncePerMemberAndEvent() {
      Registration ana = aRegistration(event, MemberId.of("ana"), 0, RegistrationStatus.CONFIRMED);

      registrations.add(ana);

      assertThat(registrations.find(event.id(), MemberId.of("ana"))).contains(ana);
      assertThat(registrations.find(event.id(), MemberId.of("ANA"))).isEmpty();
      assertConflict(ConflictException.Kind.DUPLICATE,
          () -> registrations.add(aRegistration(event, MemberId.of("ana"), 5, RegistrationStatus.WAITING)));
    }

    @Test
    void updatesWithVersionsAndListsInOrderOfNumbersByStatus() {
      Registration third = aRegistration(event, MemberId.of("cai"), 2, RegistrationStatus.WAITING);
      Registration first = aRegistration(event, MemberId.of("ana"), 0, RegistrationStatus.CONFIRMED);
      Registration second = aRegistration(event, MemberId.of("bea"), 1, RegistrationStatus.CONFIRMED);
      registrations.add(third);
      registrations.add(first);
      registrations.add(second);

      Registration cancelled = registrations.update(first.withStatus(RegistrationStatus.CANCELLED));
      Registration promoted = registrations.update(third.withStatus(RegistrationStatus.CONFIRMED));
      Registration present = registrations.update(promoted.withAttendance(Attendance.PRESENT));

      assertThat(cancelled.version()).isEqualTo(1);
      assertThat(present.version()).isEqualTo(2);
      assertThat(present.attendance()).isEqualTo(Attendance.PRESENT);
      assertConflict(ConflictException.Kind.STALE_VERSION, () -> registrations.update(promoted.withAttendance(Attendance.ABSENT)));
      assertThat(registrations.ofEvent(event.id(), EnumSet.of(RegistrationStatus.CONFIRMED)))
          .extracting(Registration::member).containsExactly(MemberId.of("bea"), MemberId.of("cai"));
      assertThat(registrations.ofEvent(event.id(), EnumSet.allOf(RegistrationStatus.class)))
          .extracting(Registration::number).containsExactly(0L, 1L, 2L);
      assertThat(registrations.ofEvent(event.id(), Set.of())).isEmpty();
      assertThat(registrations.ofEvent(CalendarEventId.random(), EnumSet.allOf(RegistrationStatus.class))).isEmpty();
    }

    @Test
    void listsAMembersRegistrationsToEveryCommunityEarliestRegisteredFirstByStatus() {
      CalendarEvent elsewhere = anEvent(CommunityId.random(), secondsAfterT0(7200), 5);
      CalendarEvent third = anEvent(community, secondsAfterT0(9000), 5);
      Registration waiting = aRegistration(event, MemberId.of("ana"), 4, RegistrationStatus.WAITING);
      Registration confirmed = aRegistration(elsewhere, MemberId.of("ana"), 1, RegistrationStatus.CONFIRMED);
      Registration cancelled = aRegistration(third, MemberId.of("ana"), 2, RegistrationStatus.CONFIRMED);
      Registration beas = aRegistration(event, MemberId.of("bea"), 0, RegistrationStatus.CONFIRMED);
      registrations.add(waiting);
      registrations.add(beas);
      registrations.add(confirmed);
      registrations.add(cancelled);
      Registration nowCancelled = registrations.update(cancelled.withStatus(RegistrationStatus.CANCELLED));

      assertThat(registrations.ofMember(MemberId.of("ana"), EnumSet.of(RegistrationStatus.CONFIRMED)))
          .containsExactly(confirmed);
      assertThat(registrations.ofMember(MemberId.of("ana"), EnumSet.allOf(RegistrationStatus.class)))
          .as("earliest registered first").containsExactly(confirmed, nowCancelled, waiting);
      assertThat(registrations.ofMember(MemberId.of("ana"), EnumSet.of(RegistrationStatus.WAITING, RegistrationStatus.CANCELLED)))
          .containsExactly(nowCancelled, waiting);
      assertThat(registrations.ofMember(MemberId.of("bea"), EnumSet.allOf(RegistrationStatus.class))).containsExactly(beas);
      assertThat(registrations.ofMember(MemberId.of("ANA"), EnumSet.allOf(RegistrationStatus.class))).isEmpty();
      assertThat(registrations.ofMember(MemberId.of("ana"), Set.of())).isEmpty();
    }

    @Test
    void listsSeveralMembersRegistrationsAtOnceEachAsForOneMember() {
      CalendarEvent elsewhere = anEvent(CommunityId.random(), secondsAfterT0(7200), 5);
      registrations.add(aRegistration(event, MemberId.of("ana"), 4, RegistrationStatus.WAITING));
      registrations.add(aRegistration(elsewhere, MemberId.of("ana"), 1, RegistrationStatus.CONFIRMED));
      registrations.add(aRegistration(event, MemberId.of("bea"), 0, RegistrationStatus.CONFIRMED));
      registrations.add(aRegistration(elsewhere, MemberId.of("cai"), 2, RegistrationStatus.WAITING));
      java.util.List<MemberId> asked = java.util.List.of(MemberId.of("ana"), MemberId.of("bea"), MemberId.of("cai"),
          MemberId.of("dani"));

      java.util.Map<MemberId, java.util.List<Registration>> confirmed =
          registrations.ofMembers(asked, EnumSet.of(RegistrationStatus.CONFIRMED));
      java.util.Map<MemberId, java.util.List<Registration>> all =
          registrations.ofMembers(asked, EnumSet.allOf(RegistrationStatus.class));

      assertThat(confirmed).containsOnlyKeys(MemberId.of("ana"), MemberId.of("bea"));
      assertThat(all).containsOnlyKeys(MemberId.of("ana"), MemberId.of("bea"), MemberId.of("cai"));
      for (MemberId member : all.keySet()) {
        assertThat(all.get(member)).containsExactlyElementsOf(
            registrations.ofMember(member, EnumSet.allOf(RegistrationStatus.class)));
      }
      assertThat(registrations.ofMembers(asked, Set.of())).isEmpty();
      assertThat(registrations.ofMembers(java.util.List.of(), EnumSet.allOf(RegistrationStatus.class))).isEmpty();
    }

    @Test
    void listsAMembersRegistrationsRegisteredAtTheSameInstantByEventId() {
      java.util.List<CalendarEvent> sameTime = java.util.List.of(anEvent(community, secondsAfterT0(3600), 5),
          anEvent(community, secondsAfterT0(3600), 5), anEvent(community, secondsAfterT0(3600), 5));
      for (CalendarEvent each : sameTime) {
        registrations.add(aRegistration(each, MemberId.of("ana"), 3, RegistrationStatus.CONFIRMED));
      }

      assertThat(registrations.ofMember(MemberId.of("ana"), EnumSet.of(RegistrationStatus.CONFIRMED)))
          .extracting(r -> r.event().toString())
          .containsExactlyElementsOf(sameTime.stream().map(e -> e.id().toString()).sorted().toList());
    }
  }
}
