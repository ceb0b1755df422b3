package org.copkit.core.memory;

import java.util.List;
import org.copkit.api.community.Community;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.Membership;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;

/**
 * What communities hold about a member: memberships (removed on erasure: the member leaves every
 * member list), join requests, invitations and the communities they created (kept, signed by the
 * pseudonym).
 */
final class InMemoryCommunityData implements PersonalData {

  private final InMemoryCommunities communities;
  private final InMemoryMemberships memberships;
  private final InMemoryJoinRequests joinRequests;
  private final InMemoryInvitations invitations;

  InMemoryCommunityData(InMemoryCommunities communities, InMemoryMemberships memberships,
      InMemoryJoinRequests joinRequests, InMemoryInvitations invitations) {
    this.communities = communities;
    this.memberships = memberships;
    this.joinRequests = joinRequests;
    this.invitations = invitations;
  }

  @Override
  public String capability() {
    return "community";
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    for (Membership membership : memberships.ofMember(member)) {
      out.record("membership", MemberRecords.fields(membership));
    }
    joinRequests.all().filter(r -> MemberRecords.names(r, member))
        .forEach(r -> out.record("join-request", MemberRecords.fields(r)));
    invitations.all().filter(i -> MemberRecords.names(i, member))
        .forEach(i -> out.record("invitation", MemberRecords.fields(i)));
    createdBy(member).forEach(c -> out.record("community-created", MemberRecords.fields(c)));
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    MemberId member = erasure.member();
    long changed = 0;
    for (Membership membership : memberships.ofMember(member)) {
      memberships.remove(membership.community(), member);
      changed++;
    }
    for (JoinRequest request : joinRequests.all().filter(r -> MemberRecords.names(r, member)).toList()) {
      joinRequests.update(MemberRecords.replaced(request, member, erasure.pseudonym()));
      changed++;
    }
    for (Invitation invitation : invitations.all().filter(i -> MemberRecords.names(i, member)).toList()) {
      invitations.update(MemberRecords.replaced(invitation, member, erasure.pseudonym()));
      changed++;
    }
    for (Community community : createdBy(member)) {
      communities.update(MemberRecords.replaced(community, member, erasure.pseudonym()));
      changed++;
    }
    return changed;
  }

  private List<Community> createdBy(MemberId member) {
    return communities.all().stream().filter(c -> c.createdBy().equals(member)).toList();
  }
}
