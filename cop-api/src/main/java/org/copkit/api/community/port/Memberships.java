package org.copkit.api.community.port;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;

/**
 * Outbound port: who belongs to which community. Contract: {@code
 * org.copkit.tck.community.MembershipsContract}.
 */
public interface Memberships {

  /**
   * Stores a new membership.
   *
   * @param membership the membership
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the person already belongs
   */
  void add(Membership membership);

  /**
   * Replaces a membership if the stored version equals {@code membership.version()}.
   *
   * @param membership the changed membership
   * @return the stored membership, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the stored version differs
   * @throws org.copkit.api.shared.NotFoundException when there is no such membership
   */
  Membership update(Membership membership);

  /**
   * Deletes a membership; does nothing when there is none.
   *
   * @param community the community
   * @param member the person
   */
  void remove(CommunityId community, MemberId member);

  /**
   * @param community the community
   * @param member the person
   * @return the membership, if the person belongs
   */
  Optional<Membership> find(CommunityId community, MemberId member);

  /**
   * Lists a community's members in the order they joined (ties broken by member ID).
   *
   * @param community the community
   * @param tier only this tier, or empty for all
   * @param role only members holding this role, or empty for all
   * @param page which page
   * @return the page
   */
  Page<Membership> list(CommunityId community, Optional<Tier> tier, Optional<Role> role, PageRequest page);

  /**
   * @param community the community
   * @param role the role
   * @return how many members hold the role
   */
  long countWithRole(CommunityId community, Role role);

  /**
   * @param member the person
   * @return all their memberships, in the order joined (ties broken by community ID)
   */
  List<Membership> ofMember(MemberId member);

  /**
   * The memberships of several people at once, for work done for many members in turn (their
   * digests). A storage answers with one query; this default asks {@link #ofMember} for each.
   *
   * @param members the people, at most 1,000
   * @return per person who has any, their memberships as {@link #ofMember} orders them
   */
  default Map<MemberId, List<Membership>> ofMembers(Collection<MemberId> members) {
    Map<MemberId, List<Membership>> found = new HashMap<>();
    Validation.between("members", Validation.noNulls("members", members).size(), 0, 1000);
    for (MemberId member : members) {
      List<Membership> mine = ofMember(member);
      if (!mine.isEmpty()) {
        found.put(member, mine);
      }
    }
    return found;
  }
}
