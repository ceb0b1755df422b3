package org.copkit.core.competence;

import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.ClaimEntry;
import org.copkit.api.competence.ClaimEntryKind;
import org.copkit.api.competence.ClaimId;
import org.copkit.api.competence.CompetenceAssessment;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceEvent;
import org.copkit.api.competence.EndorseClaim;
import org.copkit.api.competence.SelfAssess;
import org.copkit.api.competence.ValidateClaim;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.Standing;
import org.copkit.core.competence.AssessmentWork.Seen;
import org.copkit.core.shared.UnitOfWork;

/**
 * {@link CompetenceAssessment}. Every entry moves its claim's version on, so that of two concurrent
 * entries the second is retried on fresh data: entries are numbered without gaps, and an endorser
 * endorses a level once.
 */
final class AssessmentService implements CompetenceAssessment {

  private final AssessmentWork work;

  AssessmentService(AssessmentWork work) {
    this.work = work;
  }

  @Override
  public CompetenceClaim assess(MemberId actorId, SelfAssess command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      Standing standing = work.communities.standing(actor, command.community());
      if (!standing.isMember() || !standing.canWrite()) {
        throw new AccessDeniedException(actorId, "assess competences in community " + command.community()
            + ": only its members who are not observers do");
      }
      work.communities.requireWritable(standing.community());
      work.frameworks.check("claimed", command.claimed());
      Optional<CompetenceClaim> existing =
          work.storage.competenceClaims().find(actorId, command.community(), command.claimed().competence());
      CompetenceClaim claim;
      if (existing.isEmpty()) {
        claim = CompetenceClaim.first(actorId, command.community(), command.claimed(), work.now());
        work.storage.competenceClaims().add(claim, entry(claim, 1, ClaimEntryKind.SELF_ASSESSED, actorId,
            command.claimed().level(), command.comment(), ""));
      } else if (existing.get().level() == command.claimed().level()) {
        return existing.get();
      } else {
        CompetenceClaim before = existing.get();
        ClaimEntry entry = entry(before, before.entries() + 1, ClaimEntryKind.SELF_ASSESSED, actorId,
            command.claimed().level(), command.comment(), "");
        claim = work.storage.competenceClaims().append(before.after(entry), entry);
      }
      work.publish(new CompetenceEvent.SelfAssessed(claim.community(), claim.id(), claim.competence(), claim.level(),
          Optional.of(actorId), work.now()));
      return claim;
    });
  }

  @Override
  public CompetenceClaim endorse(MemberId actorId, EndorseClaim command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      Seen seen = work.claim(actor, command.claim());
      CompetenceClaim claim = seen.claim();
      if (claim.member().equals(actorId)) {
        throw new AccessDeniedException(actorId, "endorse their own claim " + claim.id());
      }
      if (!seen.standing().isMember() || !seen.standing().canWrite()) {
        throw new AccessDeniedException(actorId, "endorse claims in community " + claim.community()
            + ": only its members who are not observers do");
      }
      work.communities.requireWritable(seen.standing().community());
      boolean already = work.storage.competenceClaims().history(claim.id()).stream()
          .anyMatch(e -> e.kind() == ClaimEntryKind.ENDORSED && e.actor().equals(actorId) && e.level() == claim.level());
      if (already) {
        throw UnitOfWork.abort(ConflictException.rule(
            actorId + " has already endorsed claim " + claim.id() + " at level " + claim.level()));
      }
      ClaimEntry entry = entry(claim, claim.entries() + 1, ClaimEntryKind.ENDORSED, actorId, claim.level(),
          command.comment(), command.evidence());
      CompetenceClaim endorsed = work.storage.competenceClaims().append(claim.after(entry), entry);
      work.publish(new CompetenceEvent.ClaimEndorsed(claim.community(), claim.id(), claim.member(), entry.level(),
          Optional.of(actorId), work.now()));
      return endorsed;
    });
  }

  @Override
  public CompetenceClaim validate(MemberId actorId, ValidateClaim command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      Seen seen = work.claim(actor, command.claim());
      CompetenceClaim claim = seen.claim();
      if (claim.member().equals(actorId)) {
        throw new AccessDeniedException(actorId, "validate their own claim " + claim.id());
      }
      if (!AssessmentWork.validates(seen.standing())) {
        throw new AccessDeniedException(actorId, "validate claims in community " + claim.community()
            + ": only its e-moderators and experts do");
      }
      work.communities.requireWritable(seen.standing().community());
      if (command.level() > claim.level()) {
        throw new InvalidInputException("level", "must be at most the level claimed, " + claim.level());
      }
      ClaimEntry entry = entry(claim, claim.entries() + 1, ClaimEntryKind.VALIDATED, actorId, command.level(),
          command.comment(), "");
      CompetenceClaim validated = work.storage.competenceClaims().append(claim.after(entry), entry);
      work.publish(new CompetenceEvent.ClaimValidated(claim.community(), claim.id(), claim.member(), entry.level(),
          Optional.of(actorId), work.now()));
      return validated;
    });
  }

  @Override
  public CompetenceClaim claim(MemberId actorId, ClaimId claim) {
    return work.query(() -> work.claim(work.communities.actor(actorId), claim).claim());
  }

  @Override
  public List<ClaimEntry> history(MemberId actorId, ClaimId claim) {
    return work.query(() -> {
      CompetenceClaim seen = work.claim(work.communities.actor(actorId), claim).claim();
      return work.storage.competenceClaims().history(seen.id());
    });
  }

  @Override
  public List<CompetenceClaim> claimsOf(MemberId actorId, MemberId member) {
    Validation.required("member", member);
    return work.query(() -> {
      Actor actor = work.communities.actor(actorId);
      work.communities.auditAdministratorRead(actor, member, "competence claims");
      java.util.Map<CommunityId, Boolean> readable = new java.util.HashMap<>();
      return work.storage.competenceClaims().ofMember(member).stream()
          .filter(c -> readable.computeIfAbsent(c.community(), id -> work.readable(actor, id).isPresent()))
          .toList();
    });
  }

  @Override
  public Page<CompetenceClaim> claimsIn(MemberId actorId, CommunityId community, PageRequest page) {
    Validation.required("community", community);
    Validation.required("page", page);
    return work.query(() -> {
      Actor actor = work.communities.actor(actorId);
      Standing standing = work.communities.standing(actor, community);
      if (!standing.canRead()) {
        throw new org.copkit.api.shared.NotFoundException("community", community.toString());
      }
      return work.storage.competenceClaims().inCommunity(community, page);
    });
  }

  private ClaimEntry entry(CompetenceClaim claim, int number, ClaimEntryKind kind, MemberId actor, int level,
      String comment, String evidence) {
    return new ClaimEntry(claim.id(), number, kind, actor, level, comment, evidence, work.now());
  }
}
