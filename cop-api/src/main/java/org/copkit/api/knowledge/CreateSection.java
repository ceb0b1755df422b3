package org.copkit.api.knowledge;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.Validation;

/**
 * Command: create a section of a community's knowledge base.
 *
 * @param community the community
 * @param parent the section to create it in (of the same community), or empty for the top
 * @param name its name, 1 to {@value Section#MAX_NAME} characters
 */
public record CreateSection(CommunityId community, Optional<SectionId> parent, String name) {

  /** Validates the fields. */
  public CreateSection {
    Validation.required("community", community);
    Validation.required("parent", parent);
    name = Validation.name("name", name, Section.MAX_NAME);
  }
}
