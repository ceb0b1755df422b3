package org.copkit.core.community;

import org.copkit.api.shared.AuditAction;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.ChangeTier;
import org.copkit.api.community.MemberAdministration;
import org.copkit.api.community.Membership;
import org.copkit.api.community.RemoveMember;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

final class MemberAdministrationService implements MemberAdministration {

  private final CommunityWork work;
  private final MembershipRules rules;

  MemberAdministrationService(CommunityWork work, MembershipRules rules) {
    this.work = work;
    this.rules = rules;
  }

  @Override
  public void remove(MemberId actor, RemoveMember command) {
    Validation.required("command", command);
    work.command(
        () -> {
          Standing standing = work.moderating(work.actor(actor), command.community(), "remove members");
          CommunityWork.requireWritable(standing.community());
          Membership membership = work.requireMembership(command.community(), command.member());
          rules.release(standing, membership, AuditAction.MEMBER_REMOVED, command.reason());
          return null;
        });
  }

  @Override
  public Membership changeTier(MemberId actor, ChangeTier command) {
    Validation.required("command", command);
    return work.command(
        () -> {
          Standing standing = work.moderating(work.actor(actor), command.community(), "change members' tiers");
          CommunityWork.requireWritable(standing.community());
          Membership membership = work.requireMembership(command.community(), command.member());
          return rules.changeTier(standing, membership, command.tier(), command.reason());
        });
  }

  @Override
  public Membership grantRole(MemberId actor, ChangeRole command) {
    Validation.required("command", command);
    return work.command(
        () -> {
          Standing standing = work.moderating(work.actor(actor), command.community(), "grant roles");
          CommunityWork.requireWritable(standing.community());
          Membership membership = work.requireMembership(command.community(), command.member());
          return rules.grant(standing, membership, command.role());
        });
  }

  @Override
  public Membership revokeRole(MemberId actor, ChangeRole command) {
    Validation.required("command", command);
    return work.command(
        () -> {
          Standing standing = work.moderating(work.actor(actor), command.community(), "revoke roles");
          CommunityWork.requireWritable(standing.community());
          Membership membership = work.requireMembership(command.community(), command.member());
          return rules.revoke(standing, membership, command.role());
        });
  }
}
