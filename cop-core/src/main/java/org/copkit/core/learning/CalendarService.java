package org.copkit.core.learning;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.copkit.api.learning.Attendance;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.EditEvent;
import org.copkit.api.learning.LearningCalendar;
import org.copkit.api.learning.LearningEvent;
import org.copkit.api.learning.RecordAttendance;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationOutcome;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.learning.ScheduleEvent;
import org.copkit.api.notification.Notification;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.Standing;
import org.copkit.core.learning.LearningWork.Seen;
import org.copkit.core.shared.UnitOfWork;

/**
 * {@link LearningCalendar}. Every registration and cancellation moves the event's version on
 * (through its count of registrations taken), so that of two concurrent ones the second is retried
 * on fresh data: the seats confirmed never exceed the capacity, and the waiting list keeps the order
 * of registration.
 */
final class CalendarService implements LearningCalendar {

  private final LearningWork work;

  CalendarService(LearningWork work) {
    this.work = work;
  }

  @Override
  public CalendarEvent schedule(MemberId actorId, ScheduleEvent command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      Standing standing = work.communities.moderating(actor, command.community(), "schedule learning events");
      work.communities.requireWritable(standing.community());
      java.time.Instant startsAt = command.starts().atZone(command.zone()).toInstant();
      if (!startsAt.isAfter(work.now())) {
        throw new InvalidInputException("starts", "must be in the future");
      }
      work.checkCompetences(command.competences());
      CalendarEvent event = CalendarEvent.scheduled(CalendarEventId.random(), command.community(), command.kind(),
          command.title(), command.description(), command.format(), command.location(), startsAt,
          command.ends().atZone(command.zone()).toInstant(), command.zone(), command.capacity(), command.competences(),
          actorId);
      work.storage.calendarEvents().add(event);
      work.publish(new LearningEvent.EventScheduled(event.community(), event.id(), Optional.of(actorId), work.now()));
      return event;
    });
  }

  @Override
  public CalendarEvent edit(MemberId actorId, EditEvent command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      CalendarEvent event = work.event(actor, command.event()).value();
      Standing standing = work.communities.moderating(actor, event.community(), "edit learning events");
      work.communities.requireWritable(standing.community());
      requireOpen(event, "edit");
      Instant startsAt = command.starts().atZone(command.zone()).toInstant();
      if (!startsAt.isAfter(work.now())) {
        throw new InvalidInputException("starts", "must be in the future");
      }
      work.checkCompetences(command.competences());
      List<Registration> confirmed = work.storage.registrations().ofEvent(event.id(), EnumSet.of(RegistrationStatus.CONFIRMED));
      if (command.capacity() < confirmed.size()) {
        throw new InvalidInputException("capacity", "must be at least the " + confirmed.size() + " seats confirmed");
      }
      CalendarEvent edited = work.storage.calendarEvents().update(
          event.edited(command, startsAt, command.ends().atZone(command.zone()).toInstant()));
      boolean moved = !edited.startsAt().equals(event.startsAt()) || !edited.endsAt().equals(event.endsAt())
          || !edited.zone().equals(event.zone()) || edited.format() != event.format()
          || !edited.location().equals(event.location());
      List<Registration> waiting = work.storage.registrations().ofEvent(event.id(), EnumSet.of(RegistrationStatus.WAITING));
      int free = edited.capacity() - confirmed.size();
      for (Registration next : waiting.subList(0, Math.min(free, waiting.size()))) {
        work.storage.registrations().update(next.withStatus(RegistrationStatus.CONFIRMED));
        work.publish(new LearningEvent.RegistrationChanged(event.community(), event.id(), next.member(),
            RegistrationStatus.CONFIRMED, Optional.of(actorId), work.now()));
        tell(next.member(), edited, "You have a seat at «" + edited.title() + "»",
            "A seat was added and it is yours: " + when(edited) + ".");
      }
      if (moved) {
        for (Registration registration : work.storage.registrations().ofEvent(event.id(),
            EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING))) {
          tell(registration.member(), edited, "«" + edited.title() + "» has moved",
              "Its organisers changed it: now " + when(edited) + ".");
        }
      }
      work.audit(standing, AuditAction.LEARNING_EVENT_EDITED, event.organiser(),
          "«" + edited.title() + "»" + (moved ? ": " + when(edited) : "") + ", " + edited.capacity() + " seats");
      work.publish(new LearningEvent.EventEdited(event.community(), event.id(), moved, Optional.of(actorId), work.now()));
      return edited;
    });
  }

  @Override
  public CalendarEvent cancelEvent(MemberId actorId, CalendarEventId eventId, String reason) {
    String why = Validation.name("reason", reason, CalendarEvent.MAX_REASON);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      CalendarEvent event = work.event(actor, eventId).value();
      Standing standing = work.communities.moderating(actor, event.community(), "cancel learning events");
      work.communities.requireWritable(standing.community());
      if (event.cancelled()) {
        return event;
      }
      requireNotStarted(event, "cancel");
      CalendarEvent cancelled = work.storage.calendarEvents().update(event.cancel(work.now(), why));
      for (Registration registration : work.storage.registrations().ofEvent(event.id(),
          EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING))) {
        work.storage.registrations().update(registration.withStatus(RegistrationStatus.CANCELLED));
        work.publish(new LearningEvent.RegistrationChanged(event.community(), event.id(), registration.member(),
            RegistrationStatus.CANCELLED, Optional.of(actorId), work.now()));
        tell(registration.member(), cancelled, "«" + event.title() + "» is cancelled",
            "Its organisers cancelled it (" + when(event) + "): " + why + " Your registration is cancelled with it.");
      }
      work.audit(standing, AuditAction.LEARNING_EVENT_CANCELLED, event.organiser(), "«" + event.title() + "»: " + why);
      work.publish(new LearningEvent.EventCancelled(event.community(), event.id(), Optional.of(actorId), work.now()));
      return cancelled;
    });
  }

  private void tell(MemberId member, CalendarEvent event, String subject, String text) {
    work.notify(new Notification(member, Notification.Topic.LEARNING_EVENT, subject, text, "learning-event:" + event.id(),
        work.now()));
  }

  private static String when(CalendarEvent event) {
    return event.startsAt().atZone(event.zone()).toLocalDateTime() + " to "
        + event.endsAt().atZone(event.zone()).toLocalDateTime() + " (" + event.zone().getId() + "), "
        + event.format().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", " + event.location();
  }

  private void requireOpen(CalendarEvent event, String action) {
    if (event.cancelled()) {
      throw UnitOfWork.abort(ConflictException.rule("cannot " + action + " event " + event.id() + ": it was cancelled"));
    }
    requireNotStarted(event, action);
  }

  @Override
  public RegistrationOutcome register(MemberId actorId, CalendarEventId eventId) {
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      Seen<CalendarEvent> seen = work.event(actor, eventId);
      CalendarEvent event = seen.value();
      work.communities.requireWritable(seen.standing().community());
      requireOpen(event, "register to");
      Optional<Registration> existing = work.storage.registrations().find(event.id(), actorId);
      if (existing.isPresent() && existing.get().status() != RegistrationStatus.CANCELLED) {
        return outcome(existing.get());
      }
      List<Registration> confirmed = work.storage.registrations().ofEvent(event.id(), EnumSet.of(RegistrationStatus.CONFIRMED));
      RegistrationStatus status = confirmed.size() < event.capacity() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
      long number = event.registrations();
      work.storage.calendarEvents().update(event.withRegistrationTaken());
      Registration registration;
      if (existing.isPresent()) {
        registration = work.storage.registrations().update(existing.get().renewed(number, status, work.now()));
      } else {
        registration = new Registration(event.id(), event.community(), actorId, number, status, Attendance.UNRECORDED, work.now(), 0);
        work.storage.registrations().add(registration);
      }
      work.publish(new LearningEvent.RegistrationChanged(event.community(), event.id(), actorId, status, Optional.of(actorId), work.now()));
      return outcome(registration);
    });
  }

  private RegistrationOutcome outcome(Registration registration) {
    if (registration.status() == RegistrationStatus.CONFIRMED) {
      return new RegistrationOutcome.Confirmed(registration);
    }
    List<Registration> waiting = work.storage.registrations().ofEvent(registration.event(), EnumSet.of(RegistrationStatus.WAITING));
    int position = 1;
    for (Registration other : waiting) {
      if (other.member().equals(registration.member())) {
        break;
      }
      position++;
    }
    return new RegistrationOutcome.Waitlisted(registration, position);
  }

  @Override
  public Registration cancel(MemberId actorId, CalendarEventId eventId) {
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      Seen<CalendarEvent> seen = work.event(actor, eventId);
      CalendarEvent event = seen.value();
      work.communities.requireWritable(seen.standing().community());
      Registration registration = work.storage.registrations().find(event.id(), actorId)
          .filter(r -> r.status() != RegistrationStatus.CANCELLED)
          .orElseThrow(() -> new NotFoundException("registration", actorId + " to " + eventId));
      requireNotStarted(event, "cancel a registration to");
      // Moving the event on serializes this cancellation with concurrent registrations.
      work.storage.calendarEvents().update(event);
      Registration cancelled = work.storage.registrations().update(registration.withStatus(RegistrationStatus.CANCELLED));
      work.publish(new LearningEvent.RegistrationChanged(event.community(), event.id(), actorId,
          RegistrationStatus.CANCELLED, Optional.of(actorId), work.now()));
      if (registration.status() == RegistrationStatus.CONFIRMED) {
        work.storage.registrations().ofEvent(event.id(), EnumSet.of(RegistrationStatus.WAITING)).stream().findFirst()
            .ifPresent(next -> {
              work.storage.registrations().update(next.withStatus(RegistrationStatus.CONFIRMED));
              work.publish(new LearningEvent.RegistrationChanged(event.community(), event.id(), next.member(),
                  RegistrationStatus.CONFIRMED, Optional.of(actorId), work.now()));
            });
      }
      return cancelled;
    });
  }

  @Override
  public Registration recordAttendance(MemberId actorId, RecordAttendance command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      Seen<CalendarEvent> seen = work.event(actor, command.event());
      CalendarEvent event = seen.value();
      Standing standing = work.communities.moderating(actor, event.community(), "record attendance");
      if (event.cancelled()) {
        throw UnitOfWork.abort(ConflictException.rule("event " + event.id() + " was cancelled"));
      }
      if (work.now().isBefore(event.startsAt())) {
        throw UnitOfWork.abort(ConflictException.rule("attendance is recorded once the event has started"));
      }
      Registration registration = work.storage.registrations().find(event.id(), command.member())
          .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
          .orElseThrow(() -> new InvalidInputException("member", "holds no confirmed seat at the event"));
      Registration recorded = work.storage.registrations().update(registration.withAttendance(command.attendance()));
      work.audit(standing, AuditAction.ATTENDANCE_RECORDED, command.member(),
          "«" + event.title() + "»: " + command.attendance());
      work.publish(new LearningEvent.AttendanceRecorded(event.community(), event.id(), command.member(),
          command.attendance(), Optional.of(actorId), work.now()));
      return recorded;
    });
  }

  private void requireNotStarted(CalendarEvent event, String action) {
    if (!work.now().isBefore(event.startsAt())) {
      throw UnitOfWork.abort(ConflictException.rule("cannot " + action + " event " + event.id() + ": it has started"));
    }
  }
}
