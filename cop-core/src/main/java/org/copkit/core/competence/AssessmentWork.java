package org.copkit.core.competence;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Role;
import org.copkit.api.competence.ClaimId;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceEvent;
import org.copkit.api.competence.port.CompetenceStorage;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.UnitOfWork;

/**
 * What the assessment use cases share: the ports, the community rules, the frameworks, and who may
 * see which claim (whoever may read its community; for anyone else it is missing, exactly as an ID
 * never used).
 */
final class AssessmentWork {

  final CompetenceStorage storage;
  final CommunityGate communities;
  final Frameworks frameworks;
  private final EventPublisher events;
  private final Clock clock;
  private final UnitOfWork unitOfWork;

  AssessmentWork(CompetenceStorage storage, CommunityGate communities, Frameworks frameworks, EventPublisher events,
      Clock clock) {
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

  Instant now() {
    return clock.instant();
  }

  void publish(CompetenceEvent event) {
    events.publish(event);
  }

  /** A claim and the reader's standing; a claim in a community they may not read is missing. */
  Seen claim(Actor actor, ClaimId id) {
    Validation.required("claim", id);
    NotFoundException missing = new NotFoundException("competence claim", id.toString());
    CompetenceClaim claim = storage.competenceClaims().find(id).orElseThrow(() -> missing);
    Standing standing = communities.standingAt(actor, claim.community(), missing.kind(), missing.id());
    if (!standing.canRead()) {
      throw missing;
    }
    return new Seen(standing, claim);
  }

  /** @return the actor's standing in the community, when they may read it */
  Optional<Standing> readable(Actor actor, CommunityId community) {
    try {
      Standing standing = communities.standing(actor, community);
      return standing.canRead() ? Optional.of(standing) : Optional.empty();
    } catch (NotFoundException hidden) {
      return Optional.empty();
    }
  }

  /** @return whether the standing's actor validates claims there: an e-moderator or expert who writes, or an administrator */
  static boolean validates(Standing standing) {
    return standing.canWrite()
        && (standing.actor().isAdministrator()
            || standing.membership().filter(m -> m.has(Role.EXPERT) || m.has(Role.E_MODERATOR)).isPresent());
  }

  /** A claim the reader may see, with their standing in its community. */
  record Seen(Standing standing, CompetenceClaim claim) {}
}
