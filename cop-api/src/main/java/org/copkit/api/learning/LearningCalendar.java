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
   * Changes an event's details before it starts. More seats go to the first on the waiting list, in
   * order; when its time, place or format changes, everyone holding a seat or waiting is notified.
   *
   * @param actor an e-moderator of the event's community or an administrator
   * @param command the new details
   * @return the event as changed
   * @throws org.copkit.api.shared.InvalidInputException naming {@code starts} when it would start in
   *     the past, {@code capacity} when fewer than the seats confirmed, {@code competences} when one is unknown
   * @throws org.copkit.api.shared.AccessDeniedException for anyone else who may read the community
   * @throws org.copkit.api.shared.NotFoundException when the event does not exist for the actor
   * @throws org.copkit.api.shared.ConflictException RULE when the event has started or was cancelled,
   *     or the community is archived
   */
  CalendarEvent edit(MemberId actor, EditEvent command);

  /**
   * Cancels an event before it starts: every registration, confirmed or waiting, is cancelled with
   * it and its holder notified with the reason; the event stays on the calendar, cancelled, and
   * takes no more registrations. Cancelling a cancelled event returns it as it is.
   *
   * @param actor an e-moderator of the event's community or an administrator
   * @param event the event
   * @param reason why, 1 to {@value CalendarEvent#MAX_REASON} characters, told to the registrants
   * @return the event, cancelled
   * @throws org.copkit.api.shared.InvalidInputException naming {@code reason} when blank or too long
   * @throws org.copkit.api.shared.AccessDeniedException for anyone else who may read the community
   * @throws org.copkit.api.shared.NotFoundException when the event does not exist for the actor
   * @throws org.copkit.api.shared.ConflictException RULE when the event has started, or the community is archived
   */
  CalendarEvent cancelEvent(MemberId actor, CalendarEventId event, String reason);

  /**
   * Registers the actor. Registering again while registered returns the registration as it is.
   *
   * @param actor whoever may read the event's community
   * @param event the event
   * @return a confirmed seat, or a place on the waiting list
   * @throws org.copkit.api.shared.ConflictException RULE when the event has started or was cancelled
   */
  RegistrationOutcome register(MemberId actor, CalendarEventId event);

  /**
   * Cancels the actor's registration; a seat they free goes to the first on the waiting list.
   *
   * @param actor a registered member
   * @param event the event
   * @return the cancelled registration
   * @throws org.copkit.api.shared.NotFoundException when the actor has no registration to cancel
   * @throws org.copkit.api.shared.ConflictException RULE when the event has started, or the community is archived
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
