package org.copkit.core.community;

import org.copkit.api.shared.AuditAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityEvent;
import org.copkit.api.community.CommunityEvent.JoinRoute;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.StageChange;
import org.copkit.api.community.Tier;
import org.copkit.api.community.UpdateCommunity;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;
import org.copkit.core.shared.UnitOfWork;

final class LifecycleService implements CommunityLifecycle {

  private final CommunityWork work;

  LifecycleService(CommunityWork work) {
    this.work = work;
  }

  @Override
  public Community create(MemberId actorId, CommunityDetails details) {
    Validation.required("details", details);
    return work.command(
        () -> {
          Actor actor = work.actor(actorId);
          Instant now = work.now();
          Community proposed =
              new Community(
                  CommunityId.random(), details.name(), details.domain(), details.purpose(), details.visibility(),
                  Stage.PROPOSED, actor.id(), now, now, 0);
          work.storage.communities().add(proposed);
          Membership founder =
              new Membership(proposed.id(), actor.id(), Tier.CORE, Set.of(Role.E_MODERATOR), now, 0);
          work.storage.memberships().add(founder);
          Standing standing = new Standing(actor, proposed, Optional.of(founder), false);
          work.storage.communities()
              .appendStageChange(
                  new StageChange(proposed.id(), Optional.empty(), Stage.PROPOSED, Optional.of(actor.id()),
                      "proposed", now));
          work.audit(standing, AuditAction.COMMUNITY_CREATED, Optional.empty(), details.name(), "");
          work.publish(
              new CommunityEvent.CommunityCreated(
                  proposed.id(), details.name(), details.visibility(), Optional.of(actor.id()), now));
          work.publish(
              new CommunityEvent.MemberJoined(
                  proposed.id(), actor.id(), Tier.CORE, JoinRoute.FOUNDER, Optional.of(actor.id()), now));
          if (!work.policy.autoActivate()) {
            return proposed;
          }
          return move(standing, Stage.ACTIVE, "activated by the platform policy", Optional.empty());
        });
  }

  @Override
  public Community update(MemberId actorId, UpdateCommunity command) {
    Validation.required("command", command);
    return work.command(
        () -> {
          Standing standing = work.moderating(work.actor(actorId), command.community(), "change this community");
          Community current = standing.community();
          CommunityWork.requireWritable(current);
          if (current.version() != command.expectedVersion()) {
            throw UnitOfWork.abort(
                ConflictException.staleVersion("community " + current.id(), command.expectedVersion()));
          }
          Community updated = work.storage.communities().update(current.withDetails(command.details()));
          work.audit(standing, AuditAction.COMMUNITY_UPDATED, Optional.empty(), describe(command.details()), "");
          work.publish(
              new CommunityEvent.CommunityDetailsChanged(
                  current.id(), command.details(), Optional.of(standing.actor().id()), work.now()));
          return updated;
        });
  }

  @Override
  public Community changeStage(MemberId actorId, ChangeStage command) {
    Validation.required("command", command);
    return work.command(
        () -> {
          Standing standing = work.moderating(work.actor(actorId), command.community(), "change this community's stage");
          Community current = standing.community();
          if (current.stage() == Stage.PROPOSED
              && command.target() == Stage.ACTIVE
              && !standing.actor().isAdministrator()) {
            throw new AccessDeniedException(standing.actor().id(), "activate a proposed community");
          }
          return move(standing, command.target(), command.reason(), Optional.of(standing.actor().id()));
        });
  }

  @Override
  public List<Community> sweepDormant(MemberId actorId) {
    return work.command(
        () -> {
          Actor actor = work.actor(actorId);
          if (!actor.isAdministrator()) {
            throw new AccessDeniedException(actor.id(), "sweep dormant communities");
          }
          Instant cutoff = work.now().minus(work.policy.dormancyAfter());
          List<Community> dormant = new ArrayList<>();
          for (Community quiet : work.storage.communities().activeAndQuietSince(cutoff)) {
            Standing standing =
                new Standing(actor, quiet, work.storage.memberships().find(quiet.id(), actor.id()), false);
            String reason = "no activity since " + quiet.lastActivityAt() + " (dormancy period " + work.policy.dormancyAfter() + ")";
            dormant.add(move(standing, Stage.DORMANT, reason, Optional.empty()));
          }
          return List.copyOf(dormant);
        });
  }

  @Override
  public Community recordActivity(MemberId actorId, CommunityId community) {
    return work.command(
        () -> {
          Standing standing = work.standing(work.actor(actorId), community);
          if (!standing.canWrite()) {
            throw new AccessDeniedException(standing.actor().id(), "be active in this community");
          }
          return noteActivity(standing);
        });
  }

  /**
   * How far behind now a community's last activity may be before a write moves it. Dormancy is
   * counted in days: a minute is invisible there, and it spares members writing at once in one
   * community from taking turns on its row (every write would otherwise raise its version, and the
   * writers would conflict and retry until they ran out of attempts).
   */
  static final java.time.Duration ACTIVITY_RESOLUTION = java.time.Duration.ofMinutes(1);

  /**
   * Moves the community's last activity to now, unless it is less than {@link #ACTIVITY_RESOLUTION}
   * old, and wakes the community up if it was DORMANT. The caller has checked that the actor may
   * write there.
   */
  Community noteActivity(Standing standing) {
    Community current = standing.community();
    CommunityWork.requireWritable(current);
    Instant now = work.now();
    if (current.stage() != Stage.DORMANT && now.isBefore(current.lastActivityAt().plus(ACTIVITY_RESOLUTION))) {
      return current;
    }
    Community active = work.touch(current.withActivityAt(now));
    if (active.stage() != Stage.DORMANT) {
      return active;
    }
    return move(
        new Standing(standing.actor(), active, standing.membership(), false),
        Stage.ACTIVE,
        "activity resumed",
        Optional.of(standing.actor().id()));
  }

  /**
   * Moves a community to {@code target}, recording the step in its history, the audit trail and an
   * event. {@code by} is empty when the platform's policy moves it.
   */
  private Community move(Standing standing, Stage target, String reason, Optional<MemberId> by) {
    Community current = standing.community();
    if (!current.stage().canMoveTo(target)) {
      throw ConflictException.rule(
          "community " + current.id() + " cannot move from " + current.stage() + " to " + target);
    }
    Instant now = work.now();
    Community moved = work.storage.communities().update(current.withStage(target));
    work.storage.communities()
        .appendStageChange(new StageChange(current.id(), Optional.of(current.stage()), target, by, reason, now));
    work.audit(standing, AuditAction.STAGE_CHANGED, Optional.empty(), current.stage() + " -> " + target, reason);
    work.publish(new CommunityEvent.StageChanged(current.id(), current.stage(), target, reason, by, now));
    return moved;
  }

  private static String describe(CommunityDetails details) {
    return details.name() + " (" + details.visibility() + ")";
  }
}
