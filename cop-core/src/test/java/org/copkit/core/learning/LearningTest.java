package org.copkit.core.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Visibility;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.learning.Attendance;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.CreatePath;
import org.copkit.api.learning.EditEvent;
import org.copkit.api.learning.LmsCompletion;
import org.copkit.api.learning.EventFormat;
import org.copkit.api.learning.EventKind;
import org.copkit.api.learning.Learning;
import org.copkit.api.learning.LearningCalendar;
import org.copkit.api.learning.LearningEvent;
import org.copkit.api.learning.LearningPath;
import org.copkit.api.learning.LearningPathId;
import org.copkit.api.learning.LearningQueries;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.PathProgress;
import org.copkit.api.learning.PublishUnit;
import org.copkit.api.learning.RecordAttendance;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationOutcome;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.learning.ScheduleEvent;
import org.copkit.api.learning.UnitFormat;
import org.copkit.api.notification.Notification;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Learning units, paths, completions and the calendar through the platform: who may do what (deny
 * by default), what bad input is refused without a change, and that what is in a community hidden
 * from the reader is missing exactly as an ID never used.
 */
class LearningTest {

  private static final ZoneId BARCELONA = ZoneId.of("Europe/Madrid");
  private static final CompetenceLevel COLLABORATING = CompetenceLevel.of("digcomp@2.2#2.4", 4);

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final Learning learning = scene.platform.learning();
  private final LearningCalendar calendar = scene.platform.learningCalendar();
  private final LearningQueries queries = scene.platform.learningQueries();
  private final CommunityId community = scene.community.id();

  LearningTest() {
    scene.platform.memberAdministration().grantRole(JORDI, new ChangeRole(community, LAIA, Role.EXPERT));
  }

  private PublishUnit aUnit(String title) {
    return new PublishUnit(community, title, "Com fer una bona primera entrevista", UnitFormat.VIDEO,
        "https://videos.example.org/entrevista", 12, Set.of(COLLABORATING));
  }

  private ScheduleEvent aSeminar(int capacity) {
    LocalDateTime start = LocalDateTime.ofInstant(scene.clock.instant(), BARCELONA).plusDays(7);
    return new ScheduleEvent(community, EventKind.GOOD_PRACTICE_SESSION, "Bones pràctiques", "", EventFormat.ONLINE,
        "https://meet.example.org/bp", start, start.plusHours(2), BARCELONA, capacity, Set.of(COLLABORATING));
  }

  @Nested
  class Units {

    @Test
    void expertsAndEModeratorsPublishAlignedUnitsThatMembersRead() {
      LearningUnit byExpert = learning.publish(LAIA, aUnit("Primera entrevista"));
      LearningUnit byModerator = learning.publish(JORDI, aUnit("Segona entrevista"));

      assertThat(byExpert.author()).isEqualTo(LAIA);
      assertThat(byExpert.competences()).containsExactly(COLLABORATING);
      assertThat(queries.unit(PERE, byExpert.id())).isEqualTo(byExpert);
      assertThat(queries.units(ORIOL, community, PageRequest.first(10)).items()).containsExactlyInAnyOrder(byExpert, byModerator);
      assertThat(scene.events.eventsOf(LearningEvent.UnitPublished.class)).extracting(LearningEvent.UnitPublished::unit)
          .containsExactly(byExpert.id(), byModerator.id());
    }

    @Test
    void refusesMembersWhoAreNeitherExpertsNorEModeratorsAndObservers() {
      scene.platform.memberAdministration().grantRole(JORDI, new ChangeRole(community, PERE, Role.EXPERT));
      for (MemberId member : List.of(MARTA, ORIOL, PERE)) {
        assertThatThrownBy(() -> learning.publish(member, aUnit("x"))).as(member.value()).isInstanceOf(AccessDeniedException.class);
      }
      assertThat(learning.publish(NURIA, aUnit("by an administrator")).author()).isEqualTo(NURIA);
      assertThat(queries.units(JORDI, community, PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    void refusesUnknownCompetencesAndBadLinksAndChangesNothing() {
      PublishUnit unknownCompetence = new PublishUnit(community, "x", "y", UnitFormat.TEXT, "", 5,
          Set.of(CompetenceLevel.of("digcomp@2.2#6.1", 2)));
      PublishUnit unknownLevel = new PublishUnit(community, "x", "y", UnitFormat.TEXT, "", 5,
          Set.of(CompetenceLevel.of("digcomp@2.2#1.1", 9)));

      assertThat(catchThrowable(() -> learning.publish(LAIA, unknownCompetence))).isInstanceOfSatisfying(
          InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("competences"));
      assertThatThrownBy(() -> learning.publish(LAIA, unknownLevel)).isInstanceOf(InvalidInputException.class);
      assertThat(field(() -> new PublishUnit(community, "x", "y", UnitFormat.VIDEO, "", 5, Set.of()))).isEqualTo("link");
      assertThat(field(() -> new PublishUnit(community, "x", "y", UnitFormat.VIDEO, "javascript:alert(1)", 5, Set.of())))
          .isEqualTo("link");
      assertThat(field(() -> new PublishUnit(community, "x", "y", UnitFormat.TEXT, "", 0, Set.of()))).isEqualTo("estimatedMinutes");
      assertThat(field(() -> new PublishUnit(community, " ", "y", UnitFormat.TEXT, "", 5, Set.of()))).isEqualTo("title");
      assertThat(field(() -> new PublishUnit(community, "x", "y", UnitFormat.TEXT, "", 5,
          Set.of(CompetenceLevel.of("digcomp@2.2#1.1", 2), CompetenceLevel.of("digcomp@2.2#1.1", 3))))).isEqualTo("competences");
      assertThat(queries.units(JORDI, community, PageRequest.first(10)).total()).isZero();
      assertThat(scene.events.eventsOf(LearningEvent.class)).isEmpty();
    }

    @Test
    void refusesToPublishInAnArchivedCommunity() {
      scene.platform.lifecycle().changeStage(JORDI, new ChangeStage(community, Stage.ARCHIVED, "done"));

      assertThatThrownBy(() -> learning.publish(LAIA, aUnit("x"))).isInstanceOfSatisfying(ConflictException.class,
          e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
    }
  }

  @Nested
  class PathsAndCompletions {

    @Test
    void aMemberCompletesUnitsOnceAndFollowsTheirProgressAlongAPath() {
      LearningUnit first = learning.publish(LAIA, aUnit("1"));
      LearningUnit second = learning.publish(LAIA, aUnit("2"));
      LearningUnit third = learning.publish(LAIA, aUnit("3"));
      LearningPath path = learning.createPath(JORDI, new CreatePath(community, "Itinerari", "", List.of(first.id(), second.id(), third.id())));

      Completion once = learning.complete(ORIOL, second.id());
      scene.clock.advance(Duration.ofHours(1));
      Completion again = learning.complete(ORIOL, second.id());
      PathProgress halfway = queries.progress(ORIOL, path.id());
      learning.complete(ORIOL, first.id());
      scene.clock.advance(Duration.ofHours(1));
      learning.complete(ORIOL, third.id());

      assertThat(again).isEqualTo(once);
      assertThat(halfway.completed()).containsExactly(second.id());
      assertThat(halfway.next()).contains(first.id());
      assertThat(queries.progress(ORIOL, path.id()).finished()).isTrue();
      assertThat(queries.progress(MARTA, path.id()).next()).contains(first.id());
      assertThat(queries.completions(ORIOL, PageRequest.first(10)).items()).extracting(Completion::unit)
          .containsExactly(third.id(), first.id(), second.id());
      assertThat(scene.events.eventsOf(LearningEvent.UnitCompleted.class)).hasSize(3);
    }

    @Test
    void onlyEModeratorsCreatePathsOfTheirCommunitysUnits() {
      LearningUnit unit = learning.publish(LAIA, aUnit("1"));

      assertThatThrownBy(() -> learning.createPath(LAIA, new CreatePath(community, "x", "", List.of(unit.id()))))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(catchThrowable(() -> learning.createPath(JORDI, new CreatePath(community, "x", "", List.of(unit.id(), LearningUnitId.random())))))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("units"));
      assertThat(field(() -> new CreatePath(community, "x", "", List.of(unit.id(), unit.id())))).isEqualTo("units");
      assertThat(field(() -> new CreatePath(community, "x", "", List.of()))).isEqualTo("units");
      assertThat(scene.events.eventsOf(LearningEvent.PathCreated.class)).isEmpty();
    }
  }

  @Nested
  class Calendar {

    @Test
    void registrationsFillTheSeatsThenTheWaitingListWhichCancellationsPromoteInOrder() {
      CalendarEvent event = calendar.schedule(JORDI, aSeminar(2));

      RegistrationOutcome marta = calendar.register(MARTA, event.id());
      RegistrationOutcome laia = calendar.register(LAIA, event.id());
      RegistrationOutcome oriol = calendar.register(ORIOL, event.id());
      RegistrationOutcome pere = calendar.register(PERE, event.id());
      RegistrationOutcome laiaAgain = calendar.register(LAIA, event.id());
      Registration martaCancelled = calendar.cancel(MARTA, event.id());

      assertThat(marta).isInstanceOf(RegistrationOutcome.Confirmed.class);
      assertThat(laia).isInstanceOf(RegistrationOutcome.Confirmed.class);
      assertThat(oriol).isInstanceOfSatisfying(RegistrationOutcome.Waitlisted.class, w -> assertThat(w.position()).isEqualTo(1));
      assertThat(pere).isInstanceOfSatisfying(RegistrationOutcome.Waitlisted.class, w -> assertThat(w.position()).isEqualTo(2));
      assertThat(laiaAgain.registration()).isEqualTo(laia.registration());
      assertThat(martaCancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
      assertThat(queries.registration(ORIOL, event.id()).map(Registration::status)).contains(RegistrationStatus.CONFIRMED);
      assertThat(queries.registrations(JORDI, event.id())).extracting(Registration::member, Registration::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(LAIA, RegistrationStatus.CONFIRMED),
              org.assertj.core.groups.Tuple.tuple(ORIOL, RegistrationStatus.CONFIRMED),
              org.assertj.core.groups.Tuple.tuple(PERE, RegistrationStatus.WAITING));
      RegistrationOutcome martaBack = calendar.register(MARTA, event.id());
      assertThat(martaBack).as("registering again goes to the end of the queue")
          .isInstanceOfSatisfying(RegistrationOutcome.Waitlisted.class, w -> assertThat(w.position()).isEqualTo(2));
      assertThat(scene.events.eventsOf(LearningEvent.RegistrationChanged.class)).extracting(LearningEvent.RegistrationChanged::member)
          .containsExactly(MARTA, LAIA, ORIOL, PERE, MARTA, ORIOL, MARTA);
    }

    @Test
    void everyChangeOfTheCalendarIsPublishedOnce() {
      ScheduleEvent seminar = aSeminar(5);
      CalendarEvent event = calendar.schedule(JORDI, seminar);
      calendar.register(MARTA, event.id());
      calendar.register(LAIA, event.id());
      calendar.edit(JORDI, new org.copkit.api.learning.EditEvent(event.id(), seminar.title(), "Amb ordre del dia",
          seminar.format(), seminar.location(), seminar.starts().plusDays(1), seminar.ends().plusDays(1), seminar.zone(),
          seminar.capacity(), seminar.competences()));
      calendar.cancelEvent(JORDI, event.id(), "Sala ocupada");

      assertThat(scene.events.eventsOf(LearningEvent.EventScheduled.class)).singleElement()
          .satisfies(e -> assertThat(e.event()).isEqualTo(event.id()));
      assertThat(scene.events.eventsOf(LearningEvent.EventEdited.class)).singleElement()
          .satisfies(e -> assertThat(e.moved()).as("it starts a day later").isTrue());
      assertThat(scene.events.eventsOf(LearningEvent.EventCancelled.class)).singleElement()
          .satisfies(e -> assertThat(e.actor()).contains(JORDI));
      assertThat(scene.events.eventsOf(LearningEvent.RegistrationChanged.class))
          .filteredOn(e -> e.status() == RegistrationStatus.CANCELLED).extracting(LearningEvent.RegistrationChanged::member)
          .containsExactlyInAnyOrder(MARTA, LAIA);
    }

    @Test
    void eModeratorsRecordAttendanceOfConfirmedMembersOnceTheEventHasStarted() {
      CalendarEvent event = calendar.schedule(JORDI, aSeminar(1));
      calendar.register(MARTA, event.id());
      calendar.register(LAIA, event.id());
      RecordAttendance present = new RecordAttendance(event.id(), MARTA, Attendance.PRESENT);

      assertThatThrownBy(() -> calendar.recordAttendance(JORDI, present)).isInstanceOf(ConflictException.class);
      scene.clock.advance(Duration.ofDays(7).plusMinutes(1));
      assertThatThrownBy(() -> calendar.recordAttendance(MARTA, present)).isInstanceOf(AccessDeniedException.class);
      assertThat(catchThrowable(() -> calendar.recordAttendance(JORDI, new RecordAttendance(event.id(), LAIA, Attendance.ABSENT))))
          .as("Laia waits: she holds no seat").isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("member"));
      Registration recorded = calendar.recordAttendance(JORDI, present);

      assertThat(recorded.attendance()).isEqualTo(Attendance.PRESENT);
      assertThatThrownBy(() -> calendar.register(ORIOL, event.id())).as("registration closes when the event starts")
          .isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> calendar.cancel(MARTA, event.id())).isInstanceOf(ConflictException.class);
      List<AuditEntry> audited = scene.storage.transactions().inTransaction(
          () -> scene.storage.auditTrail().list(community.toString(), PageRequest.first(50)).items());
      assertThat(audited).filteredOn(e -> e.action() == AuditAction.ATTENDANCE_RECORDED).singleElement()
          .satisfies(e -> assertThat(e.subject()).contains(MARTA));
      assertThat(scene.events.eventsOf(LearningEvent.AttendanceRecorded.class)).singleElement()
          .satisfies(e -> assertThat(e.member()).isEqualTo(MARTA));
    }

    @Test
    void onlyEModeratorsScheduleEventsInTheFutureWithKnownCompetences() {
      LocalDateTime past = LocalDateTime.ofInstant(scene.clock.instant(), BARCELONA).minusHours(1);
      ScheduleEvent inThePast = new ScheduleEvent(community, EventKind.COURSE, "x", "", EventFormat.ON_SITE, "Sala 1",
          past, past.plusHours(3), BARCELONA, 10, Set.of());

      assertThatThrownBy(() -> calendar.schedule(LAIA, aSeminar(5))).isInstanceOf(AccessDeniedException.class);
      assertThat(catchThrowable(() -> calendar.schedule(JORDI, inThePast)))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("starts"));
      assertThat(field(() -> new ScheduleEvent(community, EventKind.COURSE, "x", "", EventFormat.ONLINE, "Sala 1",
          past, past.plusHours(3), BARCELONA, 10, Set.of()))).as("an online event's location is a link").isEqualTo("location");
      assertThat(field(() -> new ScheduleEvent(community, EventKind.COURSE, "x", "", EventFormat.ON_SITE, "Sala 1",
          past, past, BARCELONA, 10, Set.of()))).isEqualTo("ends");
      assertThat(field(() -> new ScheduleEvent(community, EventKind.COURSE, "x", "", EventFormat.ON_SITE, "Sala 1",
          past, past.plusHours(1), BARCELONA, 0, Set.of()))).isEqualTo("capacity");
      assertThat(queries.events(JORDI, community, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void keepsTheTimeZoneAndTheInstantsOfTheSchedule() {
      CalendarEvent event = calendar.schedule(JORDI, aSeminar(3));

      assertThat(event.zone()).isEqualTo(BARCELONA);
      assertThat(event.startsAt()).isEqualTo(aSeminar(3).starts().atZone(BARCELONA).toInstant());
      assertThat(Duration.between(event.startsAt(), event.endsAt())).isEqualTo(Duration.ofHours(2));
      assertThat(queries.event(PERE, event.id())).isEqualTo(event);
    }

    @Test
    void onlyEModeratorsReadTheRegistrations() {
      CalendarEvent event = calendar.schedule(JORDI, aSeminar(3));
      calendar.register(MARTA, event.id());

      assertThatThrownBy(() -> queries.registrations(MARTA, event.id())).isInstanceOf(AccessDeniedException.class);
      assertThat(queries.registrations(NURIA, event.id())).hasSize(1);
      assertThat(queries.registration(LAIA, event.id())).isEmpty();
      assertThatThrownBy(() -> calendar.cancel(LAIA, event.id())).isInstanceOf(NotFoundException.class);
    }
  }

  @Nested
  class CompletionsFromAnLms {

    private final java.time.Instant yesterday = scene.clock.instant().minus(Duration.ofDays(1));

    @Test
    void eModeratorsAndAdministratorsRecordWhatAnLmsReportedOnceWithItsSource() {
      LearningUnit unit = learning.publish(LAIA, aUnit("Mòdul LMS"));
      LmsCompletion report = new LmsCompletion(unit.id(), MARTA, yesterday, "moodle");

      Completion recorded = scene.platform.lmsCompletions().record(JORDI, report);
      Completion again = scene.platform.lmsCompletions().record(NURIA, new LmsCompletion(unit.id(), MARTA,
          scene.clock.instant(), "canvas"));

      assertThat(recorded.source()).isEqualTo("moodle");
      assertThat(recorded.completedAt()).as("when the LMS recorded it").isEqualTo(yesterday);
      assertThat(again).as("the first completion stands").isEqualTo(recorded);
      assertThat(learning.complete(MARTA, unit.id())).as("and for the member too").isEqualTo(recorded);
      assertThat(queries.completions(MARTA, PageRequest.first(5)).items()).containsExactly(recorded);
      assertThat(scene.events.eventsOf(LearningEvent.UnitCompleted.class)).hasSize(1);

      learning.complete(ORIOL, unit.id());
      assertThat(scene.platform.lmsCompletions().record(JORDI, new LmsCompletion(unit.id(), ORIOL, yesterday, "moodle")).source())
          .as("Oriol completed it himself first").isEmpty();
    }

    @Test
    void refusesOtherActorsBadReportsAndMembersWhoMayNotReadTheUnitWithoutAChange() {
      LearningUnit unit = learning.publish(LAIA, aUnit("Mòdul LMS"));

      assertThatThrownBy(() -> scene.platform.lmsCompletions().record(LAIA, new LmsCompletion(unit.id(), MARTA, yesterday, "moodle")))
          .as("an expert is no connector").isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> scene.platform.lmsCompletions().record(MARTA, new LmsCompletion(unit.id(), MARTA, yesterday, "moodle")))
          .as("nor is the member").isInstanceOf(AccessDeniedException.class);
      assertThat(catchThrowable(() -> scene.platform.lmsCompletions().record(JORDI,
          new LmsCompletion(unit.id(), MARTA, scene.clock.instant().plusSeconds(60), "moodle"))))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("completedAt"));
      assertThat(catchThrowable(() -> scene.platform.lmsCompletions().record(JORDI,
          new LmsCompletion(unit.id(), XAVIER, yesterday, "moodle"))))
          .as("Xavier may not read the CLOSED community").isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("member"));
      assertThat(catchThrowable(() -> scene.platform.lmsCompletions().record(JORDI,
          new LmsCompletion(unit.id(), MemberId.of("nobody"), yesterday, "moodle"))))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("member"));
      assertThat(field(() -> new LmsCompletion(unit.id(), MARTA, yesterday, "Moodle LMS"))).isEqualTo("lms");
      assertThat(field(() -> new LmsCompletion(unit.id(), MARTA, null, "moodle"))).isEqualTo("completedAt");
      assertThat(catchThrowable(() -> scene.platform.lmsCompletions().record(JORDI, null)))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("report"));
      assertThat(queries.completions(MARTA, PageRequest.first(5)).items()).isEmpty();
      assertThat(scene.events.eventsOf(LearningEvent.UnitCompleted.class)).isEmpty();
    }
  }

  @Nested
  class EditAndCancelEvents {

    private List<Notification> about(MemberId member, CalendarEvent event) {
      return scene.notifications.sentTo(member).stream()
          .filter(n -> n.topic() == Notification.Topic.LEARNING_EVENT && n.link().equals("learning-event:" + event.id()))
          .toList();
    }

    @Test
    void moreSeatsGoToTheWaitingListInOrderAndAMoveIsToldToEveryRegistrant() {
      CalendarEvent event = calendar.schedule(JORDI, aSeminar(1));
      for (MemberId member : List.of(MARTA, LAIA, ORIOL, PERE)) {
        calendar.register(member, event.id());
      }
      calendar.cancel(PERE, event.id());

      CalendarEvent bigger = calendar.edit(JORDI, EditEvent.of(event).withCapacity(2));

      assertThat(bigger.capacity()).isEqualTo(2);
      assertThat(bigger.registrations()).isEqualTo(4);
      assertThat(queries.registrations(JORDI, event.id())).extracting(Registration::member, Registration::status).containsExactly(
          org.assertj.core.groups.Tuple.tuple(MARTA, RegistrationStatus.CONFIRMED),
          org.assertj.core.groups.Tuple.tuple(LAIA, RegistrationStatus.CONFIRMED),
          org.assertj.core.groups.Tuple.tuple(ORIOL, RegistrationStatus.WAITING));
      assertThat(about(LAIA, event)).singleElement().satisfies(n -> assertThat(n.subject()).contains("You have a seat"));
      assertThat(about(MARTA, event)).as("nothing moved: nothing told").isEmpty();

      LocalDateTime later = LocalDateTime.ofInstant(event.startsAt(), BARCELONA).plusDays(1);
      CalendarEvent moved = calendar.edit(NURIA,
          EditEvent.of(bigger).movedTo(later, later.plusHours(3), EventFormat.ON_SITE, "Ciutat de la Justícia, sala 3"));

      assertThat(moved.startsAt()).isEqualTo(later.atZone(BARCELONA).toInstant());
      assertThat(moved.location()).isEqualTo("Ciutat de la Justícia, sala 3");
      assertThat(queries.event(MARTA, event.id())).isEqualTo(moved);
      for (MemberId registrant : List.of(MARTA, LAIA, ORIOL)) {
        assertThat(about(registrant, event)).last().satisfies(n -> assertThat(n.text()).contains("sala 3", later.toLocalDate().toString()));
      }
      assertThat(about(PERE, event)).as("Pere cancelled").isEmpty();
      assertThat(scene.events.eventsOf(LearningEvent.EventEdited.class)).extracting(LearningEvent.EventEdited::moved)
          .containsExactly(false, true);
      assertThat(audited(AuditAction.LEARNING_EVENT_EDITED)).hasSize(2);
    }

    @Test
    void editingIsForEModeratorsBeforeTheStartAndRefusesBadInputWithoutAChange() {
      CalendarEvent event = calendar.schedule(JORDI, aSeminar(2));
      calendar.register(MARTA, event.id());
      calendar.register(LAIA, event.id());
      LocalDateTime past = LocalDateTime.ofInstant(scene.clock.instant(), BARCELONA).minusHours(1);

      assertThatThrownBy(() -> calendar.edit(LAIA, EditEvent.of(event).withCapacity(5))).as("an expert, not an e-moderator")
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> calendar.edit(MARTA, EditEvent.of(event).withCapacity(5))).isInstanceOf(AccessDeniedException.class);
      assertThat(catchThrowable(() -> calendar.edit(JORDI, EditEvent.of(event).withCapacity(1))))
          .as("two seats are confirmed").isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
      assertThat(catchThrowable(() -> calendar.edit(JORDI, EditEvent.of(event).movedTo(past, past.plusHours(1), EventFormat.ONLINE,
          "https://meet.example.org/bp")))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("starts"));
      assertThat(field(() -> EditEvent.of(event).movedTo(past, past.plusHours(1), EventFormat.ONLINE, "Sala 1"))).isEqualTo("location");
      assertThat(field(() -> EditEvent.of(event).movedTo(past, past, EventFormat.ON_SITE, "Sala 1"))).isEqualTo("ends");
      assertThat(field(() -> EditEvent.of(event).withCapacity(0))).isEqualTo("capacity");
      assertThat(catchThrowable(() -> calendar.edit(JORDI, null)))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("command"));
      assertThat(queries.event(JORDI, event.id()).capacity()).isEqualTo(2);
      assertThat(queries.event(JORDI, event.id()).version()).isEqualTo(event.version() + 2);
      assertThat(scene.notifications.sent()).filteredOn(n -> n.topic() == Notification.Topic.LEARNING_EVENT).isEmpty();

      scene.clock.advance(Duration.ofDays(7).plusMinutes(1));
      assertThatThrownBy(() -> calendar.edit(JORDI, EditEvent.of(event).withCapacity(5))).as("it has started")
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
    }

    @Test
    void cancellingAnEventCancelsEveryRegistrationTellsTheirHoldersAndClosesIt() {
      CalendarEvent event = calendar.schedule(JORDI, aSeminar(1));
      calendar.register(MARTA, event.id());
      calendar.register(LAIA, event.id());
      calendar.register(ORIOL, event.id());
      calendar.cancel(ORIOL, event.id());

      assertThat(catchThrowable(() -> calendar.cancelEvent(JORDI, event.id(), "  ")))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
      assertThatThrownBy(() -> calendar.cancelEvent(LAIA, event.id(), "No")).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> calendar.cancelEvent(MARTA, event.id(), "No")).isInstanceOf(AccessDeniedException.class);
      assertThat(queries.event(JORDI, event.id()).cancelled()).isFalse();

      CalendarEvent cancelled = calendar.cancelEvent(JORDI, event.id(), "La ponent està malalta.");

      assertThat(cancelled.cancelled()).isTrue();
      assertThat(cancelled.cancelledAt()).contains(scene.clock.instant());
      assertThat(cancelled.cancellationReason()).isEqualTo("La ponent està malalta.");
      assertThat(queries.event(PERE, event.id())).as("it stays on the calendar, cancelled").isEqualTo(cancelled);
      assertThat(queries.registrations(JORDI, event.id())).as("nobody holds a seat or waits").isEmpty();
      for (MemberId registrant : List.of(MARTA, LAIA, ORIOL)) {
        assertThat(queries.registration(registrant, event.id()).map(Registration::status)).contains(RegistrationStatus.CANCELLED);
      }
      for (MemberId registrant : List.of(MARTA, LAIA)) {
        assertThat(about(registrant, event)).singleElement().satisfies(n -> {
          assertThat(n.subject()).contains("cancelled");
          assertThat(n.text()).contains("La ponent està malalta.");
        });
      }
      assertThat(about(ORIOL, event)).as("Oriol had cancelled").isEmpty();
      assertThat(calendar.cancelEvent(JORDI, event.id(), "Again")).as("once").isEqualTo(cancelled);
      assertThat(scene.events.eventsOf(LearningEvent.EventCancelled.class)).hasSize(1);
      assertThat(audited(AuditAction.LEARNING_EVENT_CANCELLED)).singleElement()
          .satisfies(e -> assertThat(e.detail()).contains("La ponent està malalta."));
      assertThatThrownBy(() -> calendar.register(PERE, event.id())).as("a cancelled event takes no registration")
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
      assertThatThrownBy(() -> calendar.edit(JORDI, EditEvent.of(event).withCapacity(5)))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
      scene.clock.advance(Duration.ofDays(7).plusMinutes(1));
      assertThatThrownBy(() -> calendar.recordAttendance(JORDI, new RecordAttendance(event.id(), MARTA, Attendance.PRESENT)))
          .isInstanceOf(ConflictException.class);
    }

    @Test
    void anEventThatStartedCannotBeCancelled() {
      CalendarEvent event = calendar.schedule(JORDI, aSeminar(1));
      scene.clock.advance(Duration.ofDays(7).plusMinutes(1));

      assertThatThrownBy(() -> calendar.cancelEvent(JORDI, event.id(), "Too late"))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
      assertThat(queries.event(JORDI, event.id()).cancelled()).isFalse();
    }

    private List<AuditEntry> audited(AuditAction action) {
      return scene.storage.transactions().inTransaction(
          () -> scene.storage.auditTrail().list(community.toString(), PageRequest.first(100)).items()).stream()
          .filter(e -> e.action() == action).toList();
    }
  }

  /** What is in a CLOSED community is missing for an outsider, with the same error as a random ID. */
  @Nested
  class ExistenceLeaks {

    @Test
    void anOutsiderGetsTheSameNotFoundForAHiddenUnitPathOrEventAsForARandomId() {
      LearningUnit unit = learning.publish(LAIA, aUnit("1"));
      LearningPath path = learning.createPath(JORDI, new CreatePath(community, "Itinerari", "", List.of(unit.id())));
      CalendarEvent event = calendar.schedule(JORDI, aSeminar(3));

      assertSameMissing(() -> queries.unit(XAVIER, unit.id()), () -> queries.unit(XAVIER, LearningUnitId.random()));
      assertSameMissing(() -> learning.complete(XAVIER, unit.id()), () -> learning.complete(XAVIER, LearningUnitId.random()));
      assertSameMissing(() -> queries.path(XAVIER, path.id()), () -> queries.path(XAVIER, LearningPathId.random()));
      assertSameMissing(() -> queries.progress(XAVIER, path.id()), () -> queries.progress(XAVIER, LearningPathId.random()));
      assertSameMissing(() -> queries.event(XAVIER, event.id()), () -> queries.event(XAVIER, CalendarEventId.random()));
      assertSameMissing(() -> calendar.register(XAVIER, event.id()), () -> calendar.register(XAVIER, CalendarEventId.random()));
      assertSameMissing(() -> calendar.cancel(XAVIER, event.id()), () -> calendar.cancel(XAVIER, CalendarEventId.random()));
      assertSameMissing(() -> queries.registrations(XAVIER, event.id()), () -> queries.registrations(XAVIER, CalendarEventId.random()));
      assertSameMissing(() -> queries.registration(XAVIER, event.id()), () -> queries.registration(XAVIER, CalendarEventId.random()));
      assertSameMissing(
          () -> calendar.recordAttendance(XAVIER, new RecordAttendance(event.id(), MARTA, Attendance.PRESENT)),
          () -> calendar.recordAttendance(XAVIER, new RecordAttendance(CalendarEventId.random(), MARTA, Attendance.PRESENT)));
      assertSameMissing(() -> calendar.edit(XAVIER, EditEvent.of(event).withCapacity(9)),
          () -> calendar.edit(XAVIER, new EditEvent(CalendarEventId.random(), "x", "", EventFormat.ON_SITE, "Sala",
              LocalDateTime.ofInstant(event.startsAt(), BARCELONA), LocalDateTime.ofInstant(event.endsAt(), BARCELONA),
              BARCELONA, 9, Set.of())));
      assertSameMissing(() -> scene.platform.lmsCompletions().record(XAVIER, new LmsCompletion(unit.id(), MARTA, event.startsAt().minusSeconds(999_999), "moodle")),
          () -> scene.platform.lmsCompletions().record(XAVIER, new LmsCompletion(LearningUnitId.random(), MARTA, event.startsAt().minusSeconds(999_999), "moodle")));
      assertSameMissing(() -> calendar.cancelEvent(XAVIER, event.id(), "x"),
          () -> calendar.cancelEvent(XAVIER, CalendarEventId.random(), "x"));
      assertThat(queries.event(JORDI, event.id())).isEqualTo(event);
      assertThat(scene.events.eventsOf(LearningEvent.UnitCompleted.class)).isEmpty();
      assertThat(scene.events.eventsOf(LearningEvent.RegistrationChanged.class)).isEmpty();
    }

    @Test
    void anOutsiderOfASecretCommunityCannotTellItFromNone() {
      ConversationScene secret = new ConversationScene(Visibility.SECRET);
      CommunityId hidden = secret.community.id();
      CommunityId none = CommunityId.random();

      assertSameMissing(() -> secret.platform.learningQueries().units(XAVIER, hidden, PageRequest.first(5)),
          () -> secret.platform.learningQueries().units(XAVIER, none, PageRequest.first(5)));
      assertSameMissing(() -> secret.platform.learningQueries().events(XAVIER, hidden, PageRequest.first(5)),
          () -> secret.platform.learningQueries().events(XAVIER, none, PageRequest.first(5)));
      assertSameMissing(() -> secret.platform.learning().publish(XAVIER, new PublishUnit(hidden, "x", "y", UnitFormat.TEXT, "", 5, Set.of())),
          () -> secret.platform.learning().publish(XAVIER, new PublishUnit(none, "x", "y", UnitFormat.TEXT, "", 5, Set.of())));
    }

    @Test
    void aPersonUnknownToTheDirectoryIsRefusedEverywhere() {
      MemberId stranger = MemberId.of("stranger");
      LearningUnit unit = learning.publish(LAIA, aUnit("1"));

      assertThatThrownBy(() -> queries.unit(stranger, unit.id())).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> learning.complete(stranger, unit.id())).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> queries.completions(stranger, PageRequest.first(5))).isInstanceOf(AccessDeniedException.class);
    }

    private void assertSameMissing(Runnable hidden, Runnable random) {
      Throwable forHidden = catchThrowable(hidden::run);
      Throwable forRandom = catchThrowable(random::run);
      assertThat(forHidden).isInstanceOf(NotFoundException.class);
      assertThat(forRandom).isInstanceOf(NotFoundException.class);
      NotFoundException a = (NotFoundException) forHidden;
      NotFoundException b = (NotFoundException) forRandom;
      assertThat(a.kind()).isEqualTo(b.kind());
    }
  }

  private static String field(Supplier<?> construction) {
    Throwable thrown = catchThrowable(construction::get);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) thrown).field();
  }
}
