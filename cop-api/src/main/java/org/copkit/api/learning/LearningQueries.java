package org.copkit.api.learning;

import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Inbound use case: reading units, paths, completions and the calendar. Whoever may read a community
 * reads its units, paths and events; a member reads their own completions, progress and
 * registrations; e-moderators (and administrators) read an event's registrations. What is in a
 * community hidden from the actor is missing, exactly as an ID never used.
 */
public interface LearningQueries {

  /**
   * @param actor who reads
   * @param unit the unit
   * @return it
   */
  LearningUnit unit(MemberId actor, LearningUnitId unit);

  /**
   * @param actor who reads
   * @param community the community
   * @param page which page
   * @return its units, newest first, ties by ID
   */
  Page<LearningUnit> units(MemberId actor, CommunityId community, PageRequest page);

  /**
   * @param actor who reads
   * @param path the path
   * @return it
   */
  LearningPath path(MemberId actor, LearningPathId path);

  /**
   * @param actor who reads, about themselves
   * @param path the path
   * @return how far the actor is along it
   */
  PathProgress progress(MemberId actor, LearningPathId path);

  /**
   * @param actor who reads, about themselves
   * @param page which page
   * @return the actor's completions in communities they may still read, newest first
   */
  Page<Completion> completions(MemberId actor, PageRequest page);

  /**
   * @param actor who reads
   * @param event the event
   * @return it
   */
  CalendarEvent event(MemberId actor, CalendarEventId event);

  /**
   * @param actor who reads
   * @param community the community
   * @param page which page
   * @return its events, soonest first, ties by ID
   */
  Page<CalendarEvent> events(MemberId actor, CommunityId community, PageRequest page);

  /**
   * @param actor who reads, about themselves
   * @param event the event
   * @return the actor's registration to it, if any
   */
  Optional<Registration> registration(MemberId actor, CalendarEventId event);

  /**
   * @param actor an e-moderator of the event's community or an administrator
   * @param event the event
   * @return its confirmed and waiting registrations, in order of registration
   * @throws org.copkit.api.shared.AccessDeniedException for anyone else who may read the event
   */
  List<Registration> registrations(MemberId actor, CalendarEventId event);
}
