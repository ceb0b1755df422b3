package org.copkit.api.community;

import java.util.Optional;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;

/**
 * Query: the members of a community, optionally of one tier and one role.
 *
 * @param community the community
 * @param tier only this tier, or empty for all
 * @param role only this role, or empty for all
 * @param page which page
 */
public record MemberSearch(
    CommunityId community, Optional<Tier> tier, Optional<Role> role, PageRequest page) {

  /** Validates the fields. */
  public MemberSearch {
    Validation.required("community", community);
    Validation.required("tier", tier);
    Validation.required("role", role);
    Validation.required("page", page);
  }

  /**
   * All members of a community.
   *
   * @param community the community
   * @param page which page
   * @return the query
   */
  public static MemberSearch all(CommunityId community, PageRequest page) {
    return new MemberSearch(community, Optional.empty(), Optional.empty(), page);
  }
}
