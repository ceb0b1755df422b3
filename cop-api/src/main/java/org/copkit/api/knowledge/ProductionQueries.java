package org.copkit.api.knowledge;

import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Inbound use case: read outputs and their production cycles, as far as the reader may. A draft or
 * an output in review is the working group's (CORE members of its community, and administrators); a
 * published output is also its whole community's, and every community's it was diffused to (every
 * active person's, once diffused to the platform). Anything else is a {@link
 * org.copkit.api.shared.NotFoundException} exactly as an ID never used.
 */
public interface ProductionQueries {

  /**
   * @param reader who reads
   * @param output an output
   * @return the output at its latest revision, with its cycle
   */
  Output output(MemberId reader, KnowledgeItemId output);

  /**
   * @param reader who reads
   * @param community a community
   * @param page which page
   * @return the cycles of its outputs that the reader may read (drafts and reviews only for its
   *     working group), newest started first, ties by ID
   * @throws org.copkit.api.shared.AccessDeniedException when the reader may not read the community
   */
  Page<OutputCycle> ofCommunity(MemberId reader, CommunityId community, PageRequest page);

  /**
   * Outputs a member co-authored (wrote a revision of), for their portfolio: those of communities
   * whose working group the reader is part of, and the published ones of communities the reader may
   * read.
   *
   * @param reader who reads
   * @param contributor the co-author
   * @param page which page
   * @return the cycles, newest started first, ties by ID
   */
  Page<OutputCycle> coAuthoredBy(MemberId reader, MemberId contributor, PageRequest page);

  /**
   * @param reader who reads
   * @param community a community the reader may read
   * @param page which page
   * @return the published outputs of other communities diffused to it, and those diffused to the
   *     whole platform, latest started first, ties by ID
   */
  Page<OutputCycle> diffusedTo(MemberId reader, CommunityId community, PageRequest page);

  /**
   * @param reader a member of the community who may read it
   * @param community a community
   * @return its review policy, the default when it configured none
   */
  ReviewPolicy reviewPolicy(MemberId reader, CommunityId community);
}
