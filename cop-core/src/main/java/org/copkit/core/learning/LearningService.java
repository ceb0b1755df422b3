package org.copkit.core.learning;

import java.util.Optional;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.CreatePath;
import org.copkit.api.learning.Learning;
import org.copkit.api.learning.LearningEvent;
import org.copkit.api.learning.LearningPath;
import org.copkit.api.learning.LearningPathId;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.PublishUnit;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.Standing;

/** {@link Learning}: units, paths and completions. */
final class LearningService implements Learning {

  private final LearningWork work;

  LearningService(LearningWork work) {
    this.work = work;
  }

  @Override
  public LearningUnit publish(MemberId actorId, PublishUnit command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      Standing standing = work.communities.standing(actor, command.community());
      if (!LearningWork.teaches(standing)) {
        throw new AccessDeniedException(actorId, "publish learning units in community " + command.community()
            + ": only its experts and e-moderators do");
      }
      work.communities.requireWritable(standing.community());
      work.checkCompetences(command.competences());
      LearningUnit unit = new LearningUnit(LearningUnitId.random(), command.community(), command.title(),
          command.summary(), command.format(), command.link(), command.estimatedMinutes(), command.competences(),
          actorId, work.now());
      work.storage.learningUnits().add(unit);
      work.publish(new LearningEvent.UnitPublished(unit.community(), unit.id(), Optional.of(actorId), unit.publishedAt()));
      return unit;
    });
  }

  @Override
  public LearningPath createPath(MemberId actorId, CreatePath command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      Standing standing = work.communities.moderating(actor, command.community(), "create learning paths");
      work.communities.requireWritable(standing.community());
      for (LearningUnitId unit : command.units()) {
        boolean ofCommunity = work.storage.learningUnits().find(unit)
            .filter(u -> u.community().equals(command.community())).isPresent();
        if (!ofCommunity) {
          throw new InvalidInputException("units", "names " + unit + ", which is no learning unit of the community");
        }
      }
      LearningPath path = new LearningPath(LearningPathId.random(), command.community(), command.title(),
          command.description(), command.units(), actorId, work.now());
      work.storage.learningPaths().add(path);
      work.publish(new LearningEvent.PathCreated(path.community(), path.id(), Optional.of(actorId), path.createdAt()));
      return path;
    });
  }

  @Override
  public Completion complete(MemberId actorId, LearningUnitId unitId) {
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      LearningUnit unit = work.unit(actor, unitId).value();
      Optional<Completion> done = work.storage.completions().find(unit.id(), actorId);
      if (done.isPresent()) {
        return done.get();
      }
      Completion completion = new Completion(unit.id(), unit.community(), actorId, work.now());
      try {
        work.storage.completions().add(completion);
      } catch (ConflictException e) {
        if (e.kind() == ConflictException.Kind.DUPLICATE) {
          // Completed meanwhile (by an LMS's report, or another request): the retry returns it.
          throw ConflictException.staleVersion("completion of " + unit.id() + " by " + actorId, 0);
        }
        throw e;
      }
      work.publish(new LearningEvent.UnitCompleted(unit.community(), unit.id(), Optional.of(actorId), completion.completedAt()));
      return completion;
    });
  }
}
