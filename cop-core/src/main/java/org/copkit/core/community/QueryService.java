package org.copkit.core.community;

import java.util.List;
import java.util.Optional;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.CommunityQueries;
import org.copkit.api.community.CommunitySearch;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.MemberSearch;
import org.copkit.api.community.Membership;
import org.copkit.api.community.StageChange;
import org.copkit.api.community.port.CommunityFilter;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;

final class QueryService implements CommunityQueries {

  private final CommunityWork work;

  QueryService(CommunityWork work) {
    this.work = work;
  }

  @Override
  public Page<Community> communities(MemberId actorId, CommunitySearch search) {
    Validation.required("search", search);
    return work.query(
        () -> {
          Actor actor = work.actor(actorId);
          CommunityFilter filter =
              new CommunityFilter(
                  search.effectiveVisibilities(),
                  search.effectiveStages(),
                  actor.isAdministrator() ? Optional.empty() : Optional.of(actor.id()));
          return work.storage.communities().search(filter, search.page());
        });
  }

  @Override
  public Community community(MemberId actor, CommunityId community) {
    return work.query(() -> work.standing(work.actor(actor), community).community());
  }

  @Override
  public Page<Membership> members(MemberId actor, MemberSearch search) {
    Validation.required("search", search);
    return work.query(
        () -> {
          Standing standing = work.standing(work.actor(actor), search.community());
          if (!standing.canRead()) {
            throw new AccessDeniedException(standing.actor().id(), "list the members of this community");
          }
          return work.storage.memberships().list(search.community(), search.tier(), search.role(), search.page());
        });
  }

  @Override
  public List<Membership> memberships(MemberId actorId, MemberId member) {
    Validation.required("member", member);
    return work.query(
        () -> {
          Actor actor = work.actor(actorId);
          if (!actor.id().equals(member) && !actor.isAdministrator()) {
            throw new AccessDeniedException(actor.id(), "list another person's memberships");
          }
          work.auditAdministratorRead(actor, member, "memberships");
          return work.storage.memberships().ofMember(member);
        });
  }

  @Override
  public Page<JoinRequest> pendingRequests(MemberId actor, CommunityId community, PageRequest page) {
    Validation.required("page", page);
    return work.query(
        () -> {
          work.moderating(work.actor(actor), community, "read join requests");
          return work.storage.joinRequests().pending(community, page);
        });
  }

  @Override
  public List<JoinRequest> myRequests(MemberId actor) {
    return work.query(() -> work.storage.joinRequests().ofRequester(work.actor(actor).id()));
  }

  @Override
  public Page<Invitation> pendingInvitations(MemberId actor, CommunityId community, PageRequest page) {
    Validation.required("page", page);
    return work.query(
        () -> {
          work.moderating(work.actor(actor), community, "read invitations");
          return work.storage.invitations().pending(community, page);
        });
  }

  @Override
  public List<Invitation> myInvitations(MemberId actor) {
    return work.query(() -> work.storage.invitations().pendingFor(work.actor(actor).id()));
  }

  @Override
  public List<StageChange> stageHistory(MemberId actor, CommunityId community) {
    return work.query(
        () -> {
          work.standing(work.actor(actor), community);
          return work.storage.communities().stageHistory(community);
        });
  }

  @Override
  public Page<AuditEntry> auditTrail(MemberId actor, CommunityId community, PageRequest page) {
    Validation.required("page", page);
    return work.query(
        () -> {
          work.moderating(work.actor(actor), community, "read the audit trail");
          return work.storage.auditTrail().list(community.toString(), page);
        });
  }
}
