package org.copkit.api.knowledge;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * A section of a community's knowledge base: the sections of a community form a tree (a section
 * without a parent is at the top), items are placed in at most one section each.
 *
 * @param id its ID
 * @param community its community
 * @param parent the section it is in, or empty at the top
 * @param name its name, 1 to {@value #MAX_NAME} characters
 * @param createdAt when it was created
 * @param version the optimistic-locking version, checked by moves and renames: it moves on when the
 *     section changes and also when the tree below it does (a section created or moved into it or
 *     into one of its sections), so that moves that would close a cycle together conflict
 */
public record Section(SectionId id, CommunityId community, Optional<SectionId> parent, String name, Instant createdAt,
    long version) {

  /** The longest name. */
  public static final int MAX_NAME = 120;
  /** The most levels of sections: a section at the top is at depth 1. */
  public static final int MAX_DEPTH = 8;

  /** Validates the fields. */
  public Section {
    Validation.required("id", id);
    Validation.required("community", community);
    Validation.required("parent", parent);
    if (parent.filter(id::equals).isPresent()) {
      throw new InvalidInputException("parent", "must not be the section itself");
    }
    name = Validation.name("name", name, MAX_NAME);
    Validation.required("createdAt", createdAt);
    Validation.notNegative("version", version);
  }

  /**
   * @param next the new name
   * @return a copy with that name
   */
  public Section renamed(String next) {
    return new Section(id, community, parent, next, createdAt, version);
  }

  /**
   * @param next the new parent, or empty for the top
   * @return a copy under that parent
   */
  public Section movedUnder(Optional<SectionId> next) {
    return new Section(id, community, next, name, createdAt, version);
  }

  /**
   * @param next the version
   * @return a copy at that version
   */
  public Section withVersion(long next) {
    return new Section(id, community, parent, name, createdAt, next);
  }
}
