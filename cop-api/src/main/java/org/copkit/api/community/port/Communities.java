package org.copkit.api.community.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.StageChange;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Outbound port: where communities and their stage history are kept. Contract: {@code
 * org.copkit.tck.community.CommunitiesContract}.
 */
public interface Communities {

  /**
   * Stores a new community, at the version it carries.
   *
   * @param community the community
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the ID is taken
   */
  void add(Community community);

  /**
   * Replaces a community if the stored version equals {@code community.version()}.
   *
   * @param community the changed community, carrying the version it was read at
   * @return the stored community, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the stored version differs
   * @throws org.copkit.api.shared.NotFoundException when there is no such community
   */
  Community update(Community community);

  /**
   * @param id the ID
   * @return the community, if stored
   */
  Optional<Community> find(CommunityId id);

  /**
   * Lists communities matching a filter, oldest first (ties broken by ID).
   *
   * @param filter the filter
   * @param page which page
   * @return the page
   */
  Page<Community> search(CommunityFilter filter, PageRequest page);

  /**
   * The ACTIVE communities whose last activity is before a cutoff, oldest activity first.
   *
   * @param cutoff the cutoff
   * @return the communities
   */
  List<Community> activeAndQuietSince(Instant cutoff);

  /**
   * Appends a step to a community's stage history.
   *
   * @param change the step
   */
  void appendStageChange(StageChange change);

  /**
   * @param id the community
   * @return its stage history, oldest first (ties in the order appended)
   */
  List<StageChange> stageHistory(CommunityId id);
}
