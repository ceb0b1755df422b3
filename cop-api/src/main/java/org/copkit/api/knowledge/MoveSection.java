package org.copkit.api.knowledge;

import java.util.Optional;
import org.copkit.api.shared.Validation;

/**
 * Command: move a section, with everything in it, under another section of its community or to the
 * top. A section never ends up inside itself, also when moves run at once, and the tree stays at
 * most {@value Section#MAX_DEPTH} levels deep.
 *
 * @param section the section
 * @param expectedVersion the version the caller read, or the command is a stale-version conflict
 * @param parent the new parent, or empty for the top
 */
public record MoveSection(SectionId section, long expectedVersion, Optional<SectionId> parent) {

  /** Validates the fields. */
  public MoveSection {
    Validation.required("section", section);
    Validation.notNegative("expectedVersion", expectedVersion);
    Validation.required("parent", parent);
    if (parent.filter(section::equals).isPresent()) {
      throw new org.copkit.api.shared.InvalidInputException("parent", "must not be the section itself");
    }
  }
}
