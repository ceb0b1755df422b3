package org.copkit.api.discussion;

import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;

/**
 * Query: a community's threads.
 *
 * @param community the community
 * @param order newest, active or unanswered
 * @param page which page
 */
public record ThreadSearch(CommunityId community, ThreadOrder order, PageRequest page) {

  /** Validates the fields. */
  public ThreadSearch {
    Validation.required("community", community);
    Validation.required("order", order);
    Validation.required("page", page);
  }
}
