package org.copkit.api.learning;

import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Command: publish a short learning unit in a community.
 *
 * @param community the community
 * @param title its title, 1 to 200 characters
 * @param summary what it teaches, or the text itself, 1 to 20,000 characters
 * @param format what it is made of
 * @param link where it is: required for a video, a podcast or a knowledge item (an http or https
 *     URL), optional for a text
 * @param estimatedMinutes how long it takes, 1 to {@value LearningUnit#MAX_MINUTES}
 * @param competences the competences it addresses and at which level, at most 20, each competence
 *     once; they must exist in the platform's frameworks
 */
public record PublishUnit(CommunityId community, String title, String summary, UnitFormat format, String link,
    int estimatedMinutes, Set<CompetenceLevel> competences) {

  /** Validates the fields. */
  public PublishUnit {
    Validation.required("community", community);
    title = Validation.name("title", title, 200);
    summary = Validation.text("summary", summary, 20_000);
    Validation.required("format", format);
    link = Links.optional("link", link);
    if (link.isEmpty() && format != UnitFormat.TEXT) {
      throw new InvalidInputException("link", "is required for a " + format);
    }
    Validation.between("estimatedMinutes", estimatedMinutes, 1, LearningUnit.MAX_MINUTES);
    competences = Alignment.competences(competences);
  }
}
