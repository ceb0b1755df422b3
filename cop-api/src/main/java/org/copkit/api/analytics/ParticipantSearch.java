package org.copkit.api.analytics;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;

/**
 * Which members' participation {@link ParticipationReports#participants} lists: most contributions
 * first, ties broken by member ID.
 *
 * @param community the community
 * @param window the window
 * @param participationClass only members of this class, or empty for every member
 * @param page which page
 */
public record ParticipantSearch(
    CommunityId community, Window window, Optional<ParticipationClass> participationClass, PageRequest page) {

  /** Validates the fields. */
  public ParticipantSearch {
    Validation.required("community", community);
    Validation.required("window", window);
    Validation.required("participationClass", participationClass);
    Validation.required("page", page);
  }

  /**
   * Every member of a community, a page at a time.
   *
   * @param community the community
   * @param window the window
   * @param page which page
   * @return the search
   */
  public static ParticipantSearch everyone(CommunityId community, Window window, PageRequest page) {
    return new ParticipantSearch(community, window, Optional.empty(), page);
  }
}
