package org.copkit.core.learning;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.LearningPath;
import org.copkit.api.learning.LearningPathId;
import org.copkit.api.learning.LearningQueries;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.PathProgress;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.Standing;

/** {@link LearningQueries}. */
final class LearningQueriesService implements LearningQueries {

  private final LearningWork work;

  LearningQueriesService(LearningWork work) {
    this.work = work;
  }

  @Override
  public LearningUnit unit(MemberId actorId, LearningUnitId unit) {
    return work.query(() -> work.unit(work.communities.actor(actorId), unit).value());
  }

  @Override
  public Page<LearningUnit> units(MemberId actorId, CommunityId community, PageRequest page) {
    Validation.required("community", community);
    Validation.required("page", page);
    return work.query(() -> {
      readable(work.communities.actor(actorId), community);
      return work.storage.learningUnits().inCommunity(community, page);
    });
  }

  @Override
  public LearningPath path(MemberId actorId, LearningPathId path) {
    return work.query(() -> work.path(work.communities.actor(actorId), path).value());
  }

  @Override
  public PathProgress progress(MemberId actorId, LearningPathId pathId) {
    return work.query(() -> {
      LearningPath path = work.path(work.communities.actor(actorId), pathId).value();
      Set<LearningUnitId> done = work.storage.completions().completedOf(actorId, path.units());
      List<LearningUnitId> completed = new ArrayList<>();
      Optional<LearningUnitId> next = Optional.empty();
      for (LearningUnitId unit : path.units()) {
        if (done.contains(unit)) {
          completed.add(unit);
        } else if (next.isEmpty()) {
          next = Optional.of(unit);
        }
      }
      return new PathProgress(path, actorId, completed, next);
    });
  }

  @Override
  public Page<Completion> completions(MemberId actorId, PageRequest page) {
    Validation.required("page", page);
    return work.query(() -> {
      work.communities.actor(actorId);
      return work.storage.completions().ofMember(actorId, page);
    });
  }

  @Override
  public CalendarEvent event(MemberId actorId, CalendarEventId event) {
    return work.query(() -> work.event(work.communities.actor(actorId), event).value());
  }

  @Override
  public Page<CalendarEvent> events(MemberId actorId, CommunityId community, PageRequest page) {
    Validation.required("community", community);
    Validation.required("page", page);
    return work.query(() -> {
      readable(work.communities.actor(actorId), community);
      return work.storage.calendarEvents().inCommunity(community, page);
    });
  }

  @Override
  public Optional<Registration> registration(MemberId actorId, CalendarEventId event) {
    return work.query(() -> {
      CalendarEvent seen = work.event(work.communities.actor(actorId), event).value();
      return work.storage.registrations().find(seen.id(), actorId);
    });
  }

  @Override
  public List<Registration> registrations(MemberId actorId, CalendarEventId event) {
    return work.query(() -> {
      Actor actor = work.communities.actor(actorId);
      CalendarEvent seen = work.event(actor, event).value();
      work.communities.moderating(actor, seen.community(), "read the registrations of an event");
      return work.storage.registrations().ofEvent(seen.id(), EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING));
    });
  }

  private void readable(Actor actor, CommunityId community) {
    Standing standing = work.communities.standing(actor, community);
    if (!standing.canRead()) {
      throw new NotFoundException("community", community.toString());
    }
  }
}
