package org.copkit.core.learning;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.LearningEvent;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LmsCompletion;
import org.copkit.api.learning.LmsCompletions;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;

/**
 * {@link LmsCompletions}. The first completion of a unit by a member stands, whoever recorded it;
 * when a report and the member (or two reports) race, the one that loses to the storage's
 * uniqueness is retried and finds the completion that won.
 */
final class LmsCompletionsService implements LmsCompletions {

  private final LearningWork work;

  LmsCompletionsService(LearningWork work) {
    this.work = work;
  }

  @Override
  public Completion record(MemberId actorId, LmsCompletion report) {
    Validation.required("report", report);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      LearningUnit unit = work.unit(actor, report.unit()).value();
      work.communities.moderating(actor, unit.community(), "record completions reported by an LMS");
      if (report.completedAt().isAfter(work.now())) {
        throw new InvalidInputException("completedAt", "must not be in the future");
      }
      if (!reads(report.member(), unit)) {
        throw new InvalidInputException("member", "may not read the unit's community");
      }
      Optional<Completion> done = work.storage.completions().find(unit.id(), report.member());
      if (done.isPresent()) {
        return done.get();
      }
      Completion completion = new Completion(unit.id(), unit.community(), report.member(),
          report.completedAt().truncatedTo(ChronoUnit.MICROS), report.lms());
      try {
        work.storage.completions().add(completion);
      } catch (ConflictException e) {
        if (e.kind() == ConflictException.Kind.DUPLICATE) {
          // Another transaction completed it first: the retry returns that completion.
          throw ConflictException.staleVersion("completion of " + unit.id() + " by " + report.member(), 0);
        }
        throw e;
      }
      work.publish(new LearningEvent.UnitCompleted(unit.community(), unit.id(), Optional.of(report.member()),
          work.now()));
      return completion;
    });
  }

  private boolean reads(MemberId member, LearningUnit unit) {
    try {
      return work.communities.standing(work.communities.actor(member), unit.community()).canRead();
    } catch (AccessDeniedException | NotFoundException unknownOrHidden) {
      return false;
    }
  }
}
