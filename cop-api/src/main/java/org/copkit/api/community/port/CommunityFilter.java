package org.copkit.api.community.port;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Which communities {@link Communities#search} returns.
 *
 * @param visibilities only these visibilities; never empty
 * @param stages only these stages; never empty
 * @param secretOnlyFor when present, SECRET communities are returned only if this person holds a
 *     membership in them; when empty (an administrator asks), all are returned
 */
public record CommunityFilter(Set<Visibility> visibilities, Set<Stage> stages, Optional<MemberId> secretOnlyFor) {

  /** Validates and copies the fields. */
  public CommunityFilter {
    visibilities = Set.copyOf(Validation.noNulls("visibilities", visibilities));
    stages = Set.copyOf(Validation.noNulls("stages", stages));
    if (visibilities.isEmpty()) {
      throw new org.copkit.api.shared.InvalidInputException("visibilities", "must not be empty");
    }
    if (stages.isEmpty()) {
      throw new org.copkit.api.shared.InvalidInputException("stages", "must not be empty");
    }
    Validation.required("secretOnlyFor", secretOnlyFor);
  }

  /**
   * Everything, as an administrator sees it.
   *
   * @return the filter
   */
  public static CommunityFilter everything() {
    return new CommunityFilter(
        EnumSet.allOf(Visibility.class), EnumSet.allOf(Stage.class), Optional.empty());
  }

  /**
   * Whether a community with these attributes passes the filter, given whether the viewer is a
   * member. Adapters that filter in memory use it; SQL adapters express the same rule.
   *
   * @param visibility the community's visibility
   * @param stage the community's stage
   * @param viewerIsMember whether {@link #secretOnlyFor} holds a membership in it
   * @return whether it passes
   */
  public boolean accepts(Visibility visibility, Stage stage, boolean viewerIsMember) {
    return visibilities.contains(visibility)
        && stages.contains(stage)
        && (visibility != Visibility.SECRET || secretOnlyFor.isEmpty() || viewerIsMember);
  }
}
