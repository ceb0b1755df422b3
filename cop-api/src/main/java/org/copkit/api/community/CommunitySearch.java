package org.copkit.api.community;

import java.util.EnumSet;
import java.util.Set;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;

/**
 * Query: which communities to list. Empty sets mean "any".
 *
 * @param visibilities the visibilities wanted, or empty for any
 * @param stages the stages wanted, or empty for any
 * @param page which page
 */
public record CommunitySearch(Set<Visibility> visibilities, Set<Stage> stages, PageRequest page) {

  /** Validates and copies the fields. */
  public CommunitySearch {
    visibilities = Set.copyOf(Validation.noNulls("visibilities", visibilities));
    stages = Set.copyOf(Validation.noNulls("stages", stages));
    Validation.required("page", page);
  }

  /**
   * Every community the actor may see.
   *
   * @param page which page
   * @return the query
   */
  public static CommunitySearch all(PageRequest page) {
    return new CommunitySearch(Set.of(), Set.of(), page);
  }

  /** @return the visibilities wanted, all of them when the set is empty */
  public Set<Visibility> effectiveVisibilities() {
    return visibilities.isEmpty() ? EnumSet.allOf(Visibility.class) : EnumSet.copyOf(visibilities);
  }

  /** @return the stages wanted, all of them when the set is empty */
  public Set<Stage> effectiveStages() {
    return stages.isEmpty() ? EnumSet.allOf(Stage.class) : EnumSet.copyOf(stages);
  }
}
