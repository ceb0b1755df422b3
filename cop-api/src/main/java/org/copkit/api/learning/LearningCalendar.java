package org.copkit.api.learning;

import org.copkit.api.shared.MemberId;

/**
 * Inbound use case: a community's learning events. E-moderators (and administrators) schedule them
 * and record attendance; whoever may read the community registers while the event has not started:
 * a seat while there is one, otherwise the waiting list, which is promoted in order of registration
 * when a confirmed member cancels. Concurrent registrations never confirm more seats than the
 * capacity. An event in a community hidden from the actor is missing, exactly as an ID never used.
 */
public interface LearningCalendar {

  /**
   * @param actor an e-moderator of the community or an administrator
   * @param command the event
   * @return the event scheduled
   * @throws org.copkit.api.shared.InvalidInputException when it starts in the past, or a competence
   *     is unknown
   */
  CalendarEvent schedule(MemberId actor, ScheduleEvent command);

  /**
   * Registers the actor. Registering again while registered returns the registration as it is.
   *
   * @param actor whoever may read the event's community
   * @param event the event
   * @return a confirmed seat, or a place on the waiting list
   * @throws org.copkit.api.shared.ConflictException RULE when the event has started
   */
  RegistrationOutcome register(MemberId actor, CalendarEventId event);

  /**
   * Cancels the actor's registration; a seat they free goes to the first on the waiting list.
   *
   * @param actor a registered member
   * @param event the event
   * @return the cancelled registration
   * @throws org.copkit.api.shared.NotFoundException when the actor has no registration to cancel
   * @throws org.copkit.api.shared.ConflictException RULE when the event has started
   */
  Registration cancel(MemberId actor, CalendarEventId event);

  /**
   * @param actor an e-moderator of the event's community or an administrator
   * @param command who and what
   * @return the registration with its attendance
   * @throws org.copkit.api.shared.InvalidInputException naming {@code member} when they hold no
   *     confirmed seat
   * @throws org.copkit.api.shared.ConflictException RULE before the event has started
   */
  Registration recordAttendance(MemberId actor, RecordAttendance command);
}
