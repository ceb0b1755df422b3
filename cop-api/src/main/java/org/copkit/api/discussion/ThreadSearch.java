package org.copkit.api.discussion;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;

/**
 * Query: a community's threads.
 *
 * @param community the community
 * @param order newest, active or unanswered
 * @param page which page
 * @param competence when present, only the threads about that competence
 */
public record ThreadSearch(CommunityId community, ThreadOrder order, PageRequest page, Optional<CompetenceRef> competence) {

  /** Validates the fields. */
  public ThreadSearch {
    Validation.required("community", community);
    Validation.required("order", order);
    Validation.required("page", page);
    Validation.required("competence", competence);
  }

  /**
   * Every thread, whatever it is about.
   *
   * @param community the community
   * @param order newest, active or unanswered
   * @param page which page
   */
  public ThreadSearch(CommunityId community, ThreadOrder order, PageRequest page) {
    this(community, order, page, Optional.empty());
  }

  /**
   * @param about a competence
   * @return the same search, for the threads about that competence only
   */
  public ThreadSearch about(CompetenceRef about) {
    return new ThreadSearch(community, order, page, Optional.of(about));
  }
}
