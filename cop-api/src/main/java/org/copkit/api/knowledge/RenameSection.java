package org.copkit.api.knowledge;

import org.copkit.api.shared.Validation;

/**
 * Command: rename a section.
 *
 * @param section the section
 * @param expectedVersion the version the caller read, or the command is a stale-version conflict
 * @param name its new name, 1 to {@value Section#MAX_NAME} characters
 */
public record RenameSection(SectionId section, long expectedVersion, String name) {

  /** Validates the fields. */
  public RenameSection {
    Validation.required("section", section);
    Validation.notNegative("expectedVersion", expectedVersion);
    name = Validation.name("name", name, Section.MAX_NAME);
  }
}
