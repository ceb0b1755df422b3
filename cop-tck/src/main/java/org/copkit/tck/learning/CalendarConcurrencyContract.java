package org.copkit.tck.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.Visibility;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.EventFormat;
import org.copkit.api.learning.EventKind;
import org.copkit.api.learning.LearningCalendar;
import org.copkit.api.learning.LearningQueries;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationOutcome;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.learning.ScheduleEvent;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract: a learning event's seats hold when many threads register and cancel at once. Runs the
 * real use cases on the storage under test: concurrent registrations never confirm more seats than
 * the capacity, every registration gets its own place in the order, and the waiting list is promoted
 * in that order when confirmed members cancel at once.
 *
 * <p>Extend it and build the use cases on a fresh, empty storage in {@link #useCases(Directory)};
 * the platform's clock must be the system clock (events are scheduled a month ahead).
 */
@ExtendWith(ReadableFailures.class)
public abstract class CalendarConcurrencyContract {

  /** How many threads act at once. */
  protected static final int THREADS = 16;

  /**
   * The use cases under test.
   *
   * @param lifecycle founding communities
   * @param calendar scheduling and registering
   * @param queries reading registrations
   */
  public record UseCases(CommunityLifecycle lifecycle, LearningCalendar calendar, LearningQueries queries) {}

  /**
   * Builds the use cases on a fresh, empty storage, with communities activated at once.
   *
   * @param directory the people of the test
   * @return the use cases
   */
  protected abstract UseCases useCases(Directory directory);

  private final Map<MemberId, Person> people = new ConcurrentHashMap<>();
  private final MemberId organiser = person("organiser");
  private UseCases platform;

  /** For subclasses. */
  protected CalendarConcurrencyContract() {}

  private MemberId person(String id) {
    MemberId memberId = MemberId.of(id);
    people.put(memberId, Person.active(memberId, "Person " + id, "Unit"));
    return memberId;
  }

  private static MemberId participant(int i) {
    return MemberId.of("p" + i);
  }

  @BeforeEach
  void buildPlatform() {
    IntStream.range(0, 64).forEach(i -> person("p" + i));
    platform = useCases(id -> Optional.ofNullable(people.get(id)));
  }

  private CalendarEvent seminar(int capacity) {
    Community community = platform.lifecycle()
        .create(organiser, new CommunityDetails("Mediació", "Criminal mediation", "", Visibility.OPEN));
    ZoneId zone = ZoneId.of("Europe/Madrid");
    LocalDateTime start = LocalDateTime.now(zone).plusDays(30).withNano(0);
    return platform.calendar().schedule(organiser, new ScheduleEvent(community.id(), EventKind.SEMINAR, "Seminari", "",
        EventFormat.ON_SITE, "Sala 3", start, start.plusHours(2), zone, capacity, Set.of()));
  }

  @Test
  void sixteenThreadsRegisteringAtOnceNeverTakeMoreSeatsThanTheCapacity() throws Exception {
    CalendarEvent event = seminar(5);
    Map<MemberId, RegistrationOutcome> outcomes = new ConcurrentHashMap<>();

    Race.run(THREADS, thread -> outcomes.put(participant(thread), platform.calendar().register(participant(thread), event.id())));

    List<Registration> all = platform.queries().registrations(organiser, event.id());
    assertThat(outcomes.values()).filteredOn(o -> o instanceof RegistrationOutcome.Confirmed).hasSize(5);
    assertThat(outcomes.values()).filteredOn(o -> o instanceof RegistrationOutcome.Waitlisted).hasSize(THREADS - 5);
    assertThat(all).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(5);
    assertThat(all).extracting(Registration::number).as("each registration has its own place in the order")
        .containsExactlyElementsOf(IntStream.range(0, THREADS).mapToObj(i -> (long) i).toList());
    assertThat(all).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).extracting(Registration::number)
        .as("the first five to register hold the seats").containsExactly(0L, 1L, 2L, 3L, 4L);
  }

  @Test
  void confirmedMembersCancellingAtOncePromoteTheWaitingListInOrder() throws Exception {
    CalendarEvent event = seminar(4);
    for (int i = 0; i < 12; i++) {
      platform.calendar().register(participant(i), event.id());
    }

    Race.run(4, thread -> platform.calendar().cancel(participant(thread), event.id()));

    List<Registration> left = platform.queries().registrations(organiser, event.id());
    assertThat(left).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).extracting(Registration::member)
        .as("the four first on the waiting list, in order").containsExactly(participant(4), participant(5), participant(6), participant(7));
    assertThat(left).filteredOn(r -> r.status() == RegistrationStatus.WAITING).hasSize(4);
  }

  @Test
  void registrationsAndCancellationsMixedKeepTheSeatsWithinTheCapacityEveryRound() throws Exception {
    int capacity = 3;
    CalendarEvent event = seminar(capacity);

    Race.rounds(6, 8,
        (round, thread) -> {
          MemberId member = participant((round * 3 + thread) % 12);
          Optional<Registration> mine = platform.queries().registration(member, event.id());
          if (mine.isPresent() && mine.get().status() != RegistrationStatus.CANCELLED) {
            try {
              platform.calendar().cancel(member, event.id());
            } catch (org.copkit.api.shared.NotFoundException cancelledMeanwhile) {
              // another thread of the same member cancelled first
            }
          } else {
            platform.calendar().register(member, event.id());
          }
        },
        round -> {
          List<Registration> live = platform.queries().registrations(organiser, event.id());
          long confirmed = live.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
          long waiting = live.size() - confirmed;
          assertThat(confirmed).as("seats taken").isLessThanOrEqualTo(capacity);
          assertThat(waiting == 0 || confirmed == capacity).as("nobody waits while a seat is free").isTrue();
        });
  }

  @Test
  void cancellingTheEventWhileManyRegisterLeavesNobodyHoldingASeatOrWaiting() throws Exception {
    CalendarEvent event = seminar(4);
    for (int i = 0; i < 6; i++) {
      platform.calendar().register(participant(i), event.id());
    }
    Map<MemberId, Object> outcomes = new ConcurrentHashMap<>();

    Race.run(THREADS, thread -> {
      if (thread == 0) {
        platform.calendar().cancelEvent(organiser, event.id(), "The speaker is ill");
        return;
      }
      MemberId member = participant(10 + thread);
      try {
        outcomes.put(member, platform.calendar().register(member, event.id()));
      } catch (org.copkit.api.shared.ConflictException refused) {
        outcomes.put(member, refused.kind());
      }
    });

    assertThat(platform.queries().event(organiser, event.id()).cancelled()).isTrue();
    assertThat(platform.queries().registrations(organiser, event.id()))
        .as("whoever registered before the cancellation was cancelled with it; nobody registered after").isEmpty();
    // whoever came after the cancellation was refused by the rule; the others registered before it
    // (every one of them, when the cancellation's thread happens to run last)
    assertThat(outcomes.values()).hasSize(THREADS - 1).allMatch(
        o -> o instanceof RegistrationOutcome || o == org.copkit.api.shared.ConflictException.Kind.RULE,
        "registered before the cancellation, or refused by its rule after it");
    for (int i = 0; i < 6; i++) {
      assertThat(platform.queries().registration(participant(i), event.id()).orElseThrow().status())
          .isEqualTo(RegistrationStatus.CANCELLED);
    }
  }

  @Test
  void raisingTheCapacityWhileManyRegisterConfirmsExactlyTheNewSeatsInOrder() throws Exception {
    CalendarEvent event = seminar(2);
    for (int i = 0; i < 4; i++) {
      platform.calendar().register(participant(i), event.id());
    }

    Race.run(THREADS, thread -> {
      if (thread == 0) {
        platform.calendar().edit(organiser, org.copkit.api.learning.EditEvent.of(event).withCapacity(6));
      } else {
        platform.calendar().register(participant(10 + thread), event.id());
      }
    });

    List<Registration> all = platform.queries().registrations(organiser, event.id());
    assertThat(platform.queries().event(organiser, event.id()).capacity()).isEqualTo(6);
    assertThat(all).hasSize(4 + THREADS - 1);
    assertThat(all).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).extracting(Registration::number)
        .as("the six seats are the first six in the order of registration")
        .containsExactlyElementsOf(all.stream().map(Registration::number).sorted().limit(6).toList());
    assertThat(all).filteredOn(r -> r.status() == RegistrationStatus.WAITING).hasSize(4 + THREADS - 1 - 6);
  }
}
