package org.copkit.core.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.copkit.api.community.Role;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.LearningEvent;
import org.copkit.api.learning.LearningPath;
import org.copkit.api.learning.LearningPathId;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.port.LearningStorage;
import org.copkit.api.notification.Notification;
import org.copkit.api.notification.Notifications;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.competence.Frameworks;
import org.copkit.core.shared.UnitOfWork;

/**
 * What the learning use cases share: ports, the community rules, the competence frameworks, and who
 * may see which unit, path and event (whoever may read its community; for anyone else it is missing,
 * exactly as an ID never used).
 */
final class LearningWork {

  final LearningStorage storage;
  final CommunityGate communities;
  final Frameworks frameworks;
  private final EventPublisher events;
  private final Notifications notifications;
  private final Clock clock;
  private final UnitOfWork unitOfWork;

  LearningWork(LearningStorage storage, CommunityGate communities, Frameworks frameworks, EventPublisher events,
      Notifications notifications, Clock clock) {
    this.notifications = notifications;
    this.storage = storage;
    this.communities = communities;
    this.frameworks = frameworks;
    this.events = events;
    this.clock = clock;
    this.unitOfWork = new UnitOfWork(storage.transactions());
  }

  <T> T command(Supplier<T> work) {
    return unitOfWork.run(work);
  }

  <T> T query(Supplier<T> work) {
    return unitOfWork.read(work);
  }

  /** @return the clock's time to the microsecond, the finest every storage keeps */
  Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  void publish(LearningEvent event) {
    events.publish(event);
  }

  /** Tells a person, through their attention settings: at once, or in their digest. */
  void notify(Notification notification) {
    notifications.send(notification);
  }

  /** Checks every competence and level a command names against the platform's frameworks. */
  void checkCompetences(Set<CompetenceLevel> competences) {
    competences.forEach(target -> frameworks.check("competences", target));
  }

  /** A unit and the reader's standing; a unit of a community they may not read is missing. */
  Seen<LearningUnit> unit(Actor actor, LearningUnitId id) {
    Validation.required("unit", id);
    NotFoundException missing = new NotFoundException("learning unit", id.toString());
    LearningUnit unit = storage.learningUnits().find(id).orElseThrow(() -> missing);
    return new Seen<>(readable(actor, unit.community(), missing), unit);
  }

  /** A path and the reader's standing; a path of a community they may not read is missing. */
  Seen<LearningPath> path(Actor actor, LearningPathId id) {
    Validation.required("path", id);
    NotFoundException missing = new NotFoundException("learning path", id.toString());
    LearningPath path = storage.learningPaths().find(id).orElseThrow(() -> missing);
    return new Seen<>(readable(actor, path.community(), missing), path);
  }

  /** An event and the reader's standing; an event of a community they may not read is missing. */
  Seen<CalendarEvent> event(Actor actor, CalendarEventId id) {
    Validation.required("event", id);
    NotFoundException missing = new NotFoundException("learning event", id.toString());
    CalendarEvent event = storage.calendarEvents().find(id).orElseThrow(() -> missing);
    return new Seen<>(readable(actor, event.community(), missing), event);
  }

  private Standing readable(Actor actor, org.copkit.api.community.CommunityId community, NotFoundException missing) {
    Standing standing = communities.standingAt(actor, community, missing.kind(), missing.id());
    if (!standing.canRead()) {
      throw missing;
    }
    return standing;
  }

  /** @return whether the standing's actor may publish units: an expert or e-moderator who writes, or an administrator */
  static boolean teaches(Standing standing) {
    return standing.canWrite()
        && (standing.actor().isAdministrator()
            || standing.membership().filter(m -> m.has(Role.EXPERT) || m.has(Role.E_MODERATOR)).isPresent());
  }

  void audit(Standing standing, AuditAction action, MemberId subject, String detail) {
    communities.audit(standing, action, Optional.of(subject), detail, "");
  }

  /** Something the reader may see, with their standing in its community. */
  record Seen<T>(Standing standing, T value) {}
}
