package org.copkit.api.knowledge.port;

import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.Section;
import org.copkit.api.knowledge.SectionId;

/**
 * Outbound port: the sections of communities' knowledge bases, with optimistic versions. The port
 * stores what it is given; the core keeps the tree free of cycles by {@linkplain #update updating}
 * every section on the new path of a moved one, so that two moves that would close a cycle
 * together conflict. Contract: {@code org.copkit.tck.knowledge.KnowledgeSectionsContract}.
 */
public interface KnowledgeSections {

  /**
   * @param section a new section, at version 0
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when its ID is taken
   */
  void add(Section section);

  /**
   * Replaces a section if the stored version equals {@code section.version()}; a section given
   * unchanged still moves to the next version.
   *
   * @param section the changed section
   * @return the stored section, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the stored version differs,
   *     under any concurrency
   * @throws org.copkit.api.shared.NotFoundException when it is not stored
   */
  Section update(Section section);

  /**
   * @param id an ID
   * @return the section, if stored
   */
  Optional<Section> find(SectionId id);

  /**
   * @param community a community
   * @return its sections, by name, ties by ID
   */
  List<Section> inCommunity(CommunityId community);
}
