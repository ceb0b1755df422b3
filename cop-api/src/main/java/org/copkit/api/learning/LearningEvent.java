package org.copkit.api.learning;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.MemberId;

/** The domain events of learning. Sealed. */
public sealed interface LearningEvent extends DomainEvent {

  /** @return the community it happened in */
  CommunityId community();

  /**
   * A learning unit was published.
   *
   * @param community the community
   * @param unit the unit
   * @param actor who published it
   * @param occurredAt when
   */
  record UnitPublished(CommunityId community, LearningUnitId unit, Optional<MemberId> actor, Instant occurredAt)
      implements LearningEvent {}

  /**
   * A learning path was created.
   *
   * @param community the community
   * @param path the path
   * @param actor who created it
   * @param occurredAt when
   */
  record PathCreated(CommunityId community, LearningPathId path, Optional<MemberId> actor, Instant occurredAt)
      implements LearningEvent {}

  /**
   * A member completed a unit.
   *
   * @param community the community
   * @param unit the unit
   * @param actor who completed it
   * @param occurredAt when
   */
  record UnitCompleted(CommunityId community, LearningUnitId unit, Optional<MemberId> actor, Instant occurredAt)
      implements LearningEvent {}

  /**
   * A learning event was scheduled.
   *
   * @param community the community
   * @param event the event
   * @param actor who scheduled it
   * @param occurredAt when
   */
  record EventScheduled(CommunityId community, CalendarEventId event, Optional<MemberId> actor, Instant occurredAt)
      implements LearningEvent {}

  /**
   * A registration changed: a member registered (confirmed or waiting), cancelled, or was promoted
   * from the waiting list.
   *
   * @param community the community
   * @param event the event
   * @param member whose registration
   * @param status its new status
   * @param actor who caused it (the member, or the member whose cancellation promoted them)
   * @param occurredAt when
   */
  record RegistrationChanged(CommunityId community, CalendarEventId event, MemberId member, RegistrationStatus status,
      Optional<MemberId> actor, Instant occurredAt) implements LearningEvent {}

  /**
   * The organisers recorded a member's attendance.
   *
   * @param community the community
   * @param event the event
   * @param member the member
   * @param attendance what was recorded
   * @param actor who recorded it
   * @param occurredAt when
   */
  record AttendanceRecorded(CommunityId community, CalendarEventId event, MemberId member, Attendance attendance,
      Optional<MemberId> actor, Instant occurredAt) implements LearningEvent {}

  /**
   * The organisers changed a learning event's details.
   *
   * @param community the community
   * @param event the event
   * @param moved whether its time, place or format changed
   * @param actor who changed it
   * @param occurredAt when
   */
  record EventEdited(CommunityId community, CalendarEventId event, boolean moved, Optional<MemberId> actor,
      Instant occurredAt) implements LearningEvent {}

  /**
   * The organisers cancelled a learning event, and every registration with it.
   *
   * @param community the community
   * @param event the event
   * @param actor who cancelled it
   * @param occurredAt when
   */
  record EventCancelled(CommunityId community, CalendarEventId event, Optional<MemberId> actor, Instant occurredAt)
      implements LearningEvent {}
}
